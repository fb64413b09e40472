// phoenix_html.js — what Phoenix.HTML's JavaScript does, for phoenix-spring-boot:
// a link with data-method (rendered by phx:link-method) submits a form with _method and _csrf_token,
// after the confirmation of data-confirm, if any. Include it with
// <script th:src="${#routes.staticPath(conn, '/js/phoenix_html.js')}"></script>
(function () {
  "use strict";

  function hiddenInput(name, value) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    return input;
  }

  function submitFor(link, newTab) {
    var method = link.getAttribute("data-method");
    var form = document.createElement("form");
    var target = link.getAttribute("target");
    form.method = method === "get" ? "get" : "post";
    form.action = link.getAttribute("data-to");
    form.style.display = "none";
    if (target) {
      form.target = target;
    } else if (newTab) {
      form.target = "_blank";
    }
    form.appendChild(hiddenInput("_csrf_token", link.getAttribute("data-csrf") || ""));
    form.appendChild(hiddenInput("_method", method));
    document.body.appendChild(form);
    form.submit();
  }

  window.addEventListener("click", function (event) {
    if (event.defaultPrevented) {
      return;
    }
    for (var element = event.target; element && element.getAttribute; element = element.parentNode) {
      var confirm = element.getAttribute("data-confirm");
      if (confirm && !window.confirm(confirm)) {
        event.preventDefault();
        return;
      }
      if (element.getAttribute("data-method")) {
        event.preventDefault();
        submitFor(element, event.metaKey || event.shiftKey);
        return;
      }
    }
  }, false);
})();
