// Behaviour the DSFR does not provide. Served from our origin, so the content security
// policy needs no exception.
(function () {
  "use strict";

  // After a form comes back with errors, move focus to the summary of errors, so that a
  // screen reader announces it and a keyboard user can follow its links to each field.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
  });
})();
