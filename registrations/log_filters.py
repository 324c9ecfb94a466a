"""Keeps personal-link tokens out of every log line.

The manage link carries its secret in the path; servers and Django log paths (access
lines, "Not Found: …" warnings). This filter replaces the secret before a record is written.
"""

import logging
import re

# Registration manage links, and the confirmation and edit links of proposals and ideas
# (both languages).
TOKEN_IN_PATH = re.compile(
    r"(/(?:inscriptions/(?:gerer|code)|(?:proposer-un-evenement|propose-an-event|proposer-une-idee|propose-an-idea)/(?:confirmer|modifier|confirm|edit))/)[^/\s\"?&]+"
)


def redact(text):
    return TOKEN_IN_PATH.sub(r"\1…", text)


class RedactTokensFilter(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = ()
        request = getattr(record, "request", None)
        if request is not None and TOKEN_IN_PATH.search(getattr(request, "path", "")):
            # Error reporters print the request: never one with a token in it.
            record.request = None
        return True
