"""Demo content: the real programme, labs and défis of the source documents, in French and English.

``loader.py`` builds it through the models and rules an editor would use; the ``data_*``
modules hold the written texts, French next to English.
"""
