"""Demo content: the real programme, labs and défis of the source documents, in French and English.

The top floor of the house: it builds content through the models and the rules an editor
would use (pages published and translated with wagtail-localize, registrations through
``registrations.services``), so it never becomes a second way to write data. Nothing of the
site imports it.

- ``loader.py``: ``DemoLoader``, which runs the steps below in order;
- ``builder.py``: get-or-create of a French page or snippet and its English translation;
- one module per thing loaded: ``taxonomy``, ``site`` (home, section indexes, standard
  pages, featured pages), ``labs``, ``defis``, ``events``, ``menus`` (menus and site
  identity), ``accounts``, ``registrations``;
- ``data/``: the written texts, French next to English.
"""
