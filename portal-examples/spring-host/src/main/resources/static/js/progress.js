/*
 * Progress for long work, as a same-origin file because the Content-Security-Policy allows no inline script.
 * A form with data-upload-progress="<id of a <progress>>" is sent in the background so the bar can follow the bytes
 * sent; the page the server answers is then shown as if the form had been sent plainly. A form with
 * data-preparing="<id of a hidden status line>" shows that line while the server prepares what it asked for.
 * Without this script the forms work the same, only without the progress.
 */
(function () {
  'use strict';

  function showAnswer(request) {
    if (request.status >= 200 && request.status < 300) {
      window.location.assign(request.responseURL);
    } else if (request.response && request.response.documentElement) {
      document.replaceChild(document.importNode(request.response.documentElement, true), document.documentElement);
    } else {
      window.location.reload();
    }
  }

  function sendWithProgress(form, bar, status) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.responseType = 'document';
      request.setRequestHeader('Accept', 'text/html');
      bar.value = 0;
      bar.hidden = false;
      if (status) {
        status.hidden = false;
        status.textContent = 'Uploading…';
      }
      request.upload.addEventListener('progress', function (progress) {
        if (progress.lengthComputable) {
          bar.max = progress.total;
          bar.value = progress.loaded;
          if (status) {
            status.textContent = 'Uploading… ' + Math.floor(100 * progress.loaded / progress.total) + '%';
          }
        }
      });
      request.addEventListener('load', function () {
        showAnswer(request);
      });
      request.addEventListener('error', function () {
        bar.hidden = true;
        form.querySelectorAll('button[type=submit]').forEach(function (button) {
          button.disabled = false;
        });
        if (status) {
          status.textContent = 'The upload did not reach the portal. Please try again.';
        }
      });
      form.querySelectorAll('button[type=submit]').forEach(function (button) {
        button.disabled = true;
      });
      request.send(new FormData(form));
    });
  }

  document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
    var bar = document.getElementById(form.getAttribute('data-upload-progress'));
    if (bar && window.FormData && window.XMLHttpRequest) {
      sendWithProgress(form, bar, document.getElementById(form.getAttribute('data-upload-status')));
    }
  });

  document.querySelectorAll('form[data-preparing]').forEach(function (form) {
    var line = document.getElementById(form.getAttribute('data-preparing'));
    form.addEventListener('submit', function () {
      if (line) {
        line.hidden = false;
      }
    });
  });
}());
