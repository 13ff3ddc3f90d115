// What a screen reader and a reader with low vision need of a page, as a list of problems (empty when none):
// a language, one main landmark, a title, a label for every field, a name for every button and link, alt text for
// every image, and text with a contrast of at least 4.5:1 against its background (WCAG 2.1 AA).
var problems = [];
function describe(element) {
  return element.outerHTML.slice(0, 100);
}
if (!document.documentElement.getAttribute('lang')) {
  problems.push('the page has no lang attribute');
}
if (document.querySelectorAll('main').length !== 1) {
  problems.push('the page has ' + document.querySelectorAll('main').length + ' main landmarks');
}
if (!document.title.trim()) {
  problems.push('the page has no title');
}
document.querySelectorAll('input:not([type=hidden]), select, textarea, progress').forEach(function (field) {
  var labelled = (field.labels && Array.prototype.some.call(field.labels, function (label) {
    return label.textContent.trim().length > 0;
  })) || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
  if (!labelled) {
    problems.push('a field without a label: ' + describe(field));
  }
});
document.querySelectorAll('button, a[href], summary').forEach(function (control) {
  var named = control.textContent.trim() || control.getAttribute('aria-label')
      || control.querySelector('img[alt]:not([alt=""])');
  if (!named) {
    problems.push('a control without a name: ' + describe(control));
  }
});
document.querySelectorAll('img').forEach(function (image) {
  if (!image.hasAttribute('alt')) {
    problems.push('an image without alt text: ' + describe(image));
  }
});

function channels(colour) {
  return (colour.match(/[\d.]+/g) || []).map(Number);
}
function luminance(colour) {
  var rgb = channels(colour).slice(0, 3).map(function (value) {
    var share = value / 255;
    return share <= 0.03928 ? share / 12.92 : Math.pow((share + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}
function background(element) {
  for (var at = element; at; at = at.parentElement) {
    var colour = getComputedStyle(at).backgroundColor;
    var parts = channels(colour);
    if (parts.length === 3 || (parts.length === 4 && parts[3] > 0)) {
      return colour;
    }
  }
  return 'rgb(255, 255, 255)';
}
document.querySelectorAll('body *').forEach(function (element) {
  var ownText = Array.prototype.some.call(element.childNodes, function (node) {
    return node.nodeType === Node.TEXT_NODE && node.textContent.trim().length > 0;
  });
  if (!ownText || element.getClientRects().length === 0 || element.disabled || element.tagName === 'OPTION') {
    return;
  }
  var foreground = getComputedStyle(element).color;
  var behind = background(element);
  var lighter = Math.max(luminance(foreground), luminance(behind));
  var darker = Math.min(luminance(foreground), luminance(behind));
  var ratio = (lighter + 0.05) / (darker + 0.05);
  if (ratio < 4.5) {
    problems.push('text contrast ' + ratio.toFixed(2) + ':1 (' + foreground + ' on ' + behind + '): '
        + element.textContent.trim().slice(0, 40));
  }
});
return problems;
