/*
 * The reference intake page (api-contract §8, revision 2.0): loads this service's FHIR Questionnaire of intake version 2
 * (GET /api/v2/questionnaire, the active profile's), renders it with LHC-Forms one part (top-level section) at a time
 * with progress and an outline, checks each part in the page, asks the patient to confirm any typed number that would by
 * itself make the answer urgent or ineligible, posts the QuestionnaireResponse to POST /api/v2/screenings and shows the
 * answer, for the patient in plain words and for the clinician with rule ids, modalities, conditions with their profile
 * parameters, fields, sources and the profile.
 *
 * Privacy: the answers live only in this page's memory and in the one request to this service. Nothing is written
 * to localStorage, sessionStorage, IndexedDB or cookies, and nothing is fetched from any other origin (the
 * Content-Security-Policy's connect-src 'self' enforces the second).
 *
 * No inline script or style anywhere: the page runs under script-src 'self' and style-src 'self' (docs/intake-page.md).
 * The body's data-state (loading, ready, checking, invalid, answered, failed) tells tests and styles where it is.
 */
(function () {
  'use strict';

  var FORM_ID = 'intake-form';
  var QUESTIONNAIRE = '/api/v2/questionnaire';
  var SCREENINGS = '/api/v2/screenings';
  var RULESET = '/api/v2/ruleset';

  /**
   * Typed numbers that would by themselves make the answer urgent or ineligible under any profile (api-contract §8,
   * revision 2.0): the patient confirms them before anything is posted, and a confirmed value is posted unchanged.
   * The pulse line is the lowest hr.ineligibleAbove a profile may set (110, §10.2), so it holds under every profile
   * until GET /api/v2/profile tells the page the active value; the others are fixed (§10.4).
   */
  var TO_CONFIRM = {
    'cardiovascular.bloodPressure.heartRate': function (v) {
      return v > 110;
    },
    'cardiovascular.bloodPressure.systolic': function (v) {
      return v >= 160;
    },
    'cardiovascular.bloodPressure.diastolic': function (v) {
      return v >= 100;
    },
    'respiratory.restingSpo2Percent': function (v) {
      return v < 90;
    },
    'psychiatric.suicidalBehaviour.monthsAgo': function (v) {
      return v <= 3;
    }
  };
  var EXT = 'http://hl7.org/fhir/StructureDefinition/';
  var ITEM_CONTROL = 'http://hl7.org/fhir/questionnaire-item-control';

  /** The style of each verdict (intake.css); what the verdicts are called is in the words file. */
  var VERDICT_STYLES = {URGENT_REFERRAL: 'urgent', INELIGIBLE: 'ineligible', NEEDS_REVIEW: 'review', ELIGIBLE: 'eligible'};

  /**
   * Every word this script shows, for the patient and for the clinician: the service's words file for the page's
   * language (/intake/words/en.json), the one the service's own answers and cards are worded from. The page's fixed
   * text, which must show before and without this script (the emergency notice among it), is in index.html.
   */
  var words = null;

  var questionnaire = null;
  var items = {};      // linkId -> Questionnaire item
  var parents = {};    // linkId -> parent linkId
  var posted = null;   // the QuestionnaireResponse of the last answer, in memory only
  var ruleTitles = {};

  /** The parts: the Questionnaire's top-level items in order; the one shown; those the patient has reached. */
  var parts = [];
  var currentPart = null;
  var reached = {};
  var outlineKey = '';

  function $(id) {
    return document.getElementById(id);
  }

  /** One of the page's sentences for the patient, its {placeholders} filled: patientSays('moreErrors', {n: 2}). */
  function patientSays(key, values) {
    return fill(words.patient.page[key], values);
  }

  /** One of the clinician view's words, its {placeholders} filled. */
  function clinicianSays(key, values) {
    return fill(words.clinician.page[key], values);
  }

  function fill(sentence, values) {
    return sentence.replace(/\{(\w+)\}/g, function (match, name) {
      return String(values[name]);
    });
  }

  function setState(state) {
    document.body.setAttribute('data-state', state);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  // ---- the Questionnaire: the page's own copy, adapted for LHC-Forms (interop-next §4.4) -------------------------

  function index(list, parent) {
    (list || []).forEach(function (item) {
      if (item.type === 'display') {
        return;
      }
      items[item.linkId] = item;
      parents[item.linkId] = parent;
      index(item.item, item.linkId);
    });
  }

  /**
   * LHC-Forms' checkValidity reports a required group as unanswered even when its children are answered, and keeps
   * children of an optional or repeating group required; the service decides those cases itself (a half-filled
   * repetition gets its 400, shown next to the question).
   */
  function relaxRequired(list, optionalAncestor) {
    (list || []).forEach(function (item) {
      var optional = optionalAncestor || (item.type === 'group' && (!item.required || item.repeats));
      if (item.type === 'group' || optionalAncestor) {
        delete item.required;
      }
      relaxRequired(item.item, optional);
    });
  }

  /** Radio buttons and check boxes instead of combo boxes: every option visible, Tab/arrows/Space to answer. */
  function visibleChoices(list) {
    (list || []).forEach(function (item) {
      if (item.type === 'choice') {
        item.extension = (item.extension || []).concat([{
          url: EXT + 'questionnaire-itemControl',
          valueCodeableConcept: {coding: [{system: ITEM_CONTROL, code: item.repeats ? 'check-box' : 'radio-button'}]}
        }]);
        if (item.answerOption.length > 4) {
          item.extension.push({url: EXT + 'questionnaire-choiceOrientation', valueCode: 'vertical'});
        }
      }
      visibleChoices(item.item);
    });
  }

  function formElement() {
    return $(FORM_ID);
  }

  function lhcForm() {
    var wc = formElement().querySelector('wc-lhc-form');
    return wc && wc.lhcFormData;
  }

  // ---- accessibility fixes on what LHC-Forms renders --------------------------------------------------------------

  /** Applied after rendering and again whenever LHC-Forms adds rows (an enableWhen met, a repetition added). */
  function improve(root) {
    // Section titles are headings for screen readers' heading navigation: sections h2, groups inside them h3
    root.querySelectorAll('lhc-item.lhc-item-group .lhc-item-group-title .lhc-question').forEach(function (title) {
      if (!title.hasAttribute('role')) {
        var depth = 0;
        for (var at = title.closest('lhc-item.lhc-item-group'); at; at = at.parentElement.closest('lhc-item.lhc-item-group')) {
          depth++;
        }
        title.setAttribute('role', 'heading');
        title.setAttribute('aria-level', String(Math.min(depth + 1, 6)));
      }
    });
    // The unit box is a read-only input labelled by an element that does not exist: name it, take it out of the Tab
    // order, and let it describe its number field ("How old are you?", "years")
    root.querySelectorAll('.lhc-de-unit input[readonly]').forEach(function (unit) {
      unit.tabIndex = -1;
      unit.removeAttribute('aria-labelledby');
      unit.setAttribute('aria-label', patientSays('unitLabel', {unit: unit.value}));
      var field = document.getElementById(unit.id.substring('unit_'.length));
      if (field) {
        addDescribedBy(field, unit.id);
      }
    });
    // The add-an-entry buttons: LHC-Forms labels them with the whole question; say what they add
    root.querySelectorAll('button[id^="add-"]').forEach(function (button) {
      var label = words.patient.addLabels[button.id.substring('add-'.length).split('/')[0]] || patientSays('addAnother');
      if (button.getAttribute('aria-label') !== label) {
        button.setAttribute('aria-label', label);
        var text = Array.prototype.filter.call(button.childNodes, function (node) {
          return node.nodeType === Node.TEXT_NODE && node.nodeValue.trim();
        })[0];
        if (text) {
          text.nodeValue = '+ ' + label;
        }
      }
    });
    // "Required" is said by aria-required, not by reading out the asterisk as part of every question
    root.querySelectorAll('.lhc-required').forEach(function (star) {
      star.setAttribute('aria-hidden', 'true');
    });
    root.querySelectorAll('lhc-item.lf-answer-required [role="radiogroup"]').forEach(function (group) {
      group.setAttribute('aria-required', 'true');
    });
    // The help text describes the control it belongs to
    root.querySelectorAll('.lhc-inline-help[id^="help-"]').forEach(function (help) {
      var id = help.id.substring('help-'.length);
      controlsOf(id).forEach(function (control) {
        addDescribedBy(control, help.id);
      });
    });
  }

  /**
   * A radio chosen with the arrow keys is shown as chosen and recorded by LHC-Forms (ng-zorro marks its label
   * ant-radio-wrapper-checked), but the native input is left unchecked, so a screen reader would announce "not
   * checked". Keep the input's state equal to what is shown.
   */
  function syncRadios(records) {
    var groups = [];
    records.forEach(function (record) {
      var group = record.target.classList && record.target.classList.contains('ant-radio-wrapper')
        && record.target.closest('[role="radiogroup"]');
      if (group && groups.indexOf(group) < 0) {
        groups.push(group);
      }
    });
    // After the key's click event has finished: ng-zorro cancels it, and the browser then restores the old state
    setTimeout(function () {
      groups.forEach(function (group) {
        group.querySelectorAll('label.ant-radio-wrapper').forEach(function (label) {
          var input = label.querySelector('input[type="radio"]');
          var checked = label.classList.contains('ant-radio-wrapper-checked');
          if (input && input.checked !== checked) {
            input.checked = checked;
          }
        });
      });
    }, 0);
  }

  /** The focusable controls of one rendered question (not those of the questions nested under it). */
  function controlsOf(elementId) {
    var input = document.getElementById(elementId);
    if (input && input.tagName === 'INPUT') {
      return [input];
    }
    var row = document.getElementById('item-' + elementId);
    if (!row) {
      return [];
    }
    var group = row.querySelector('[role="radiogroup"][aria-labelledby="label-' + cssString(elementId) + '"]');
    if (group) {
      return [group];
    }
    return Array.prototype.filter.call(row.querySelectorAll('input[type="checkbox"]'), function (box) {
      var label = box.closest('label');
      return label && label.id.indexOf(elementId + '|') === 0;
    });
  }

  function focusTarget(elementId) {
    var controls = controlsOf(elementId);
    if (!controls.length) {
      return document.getElementById('item-' + elementId);
    }
    var first = controls[0];
    if (first.getAttribute('role') === 'radiogroup') {
      return first.querySelector('input:checked') || first.querySelector('input');
    }
    return first;
  }

  function cssString(value) {
    return value.replace(/["\\]/g, '\\$&');
  }

  function addDescribedBy(node, id) {
    var ids = (node.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (ids.indexOf(id) < 0) {
      ids.push(id);
      node.setAttribute('aria-describedby', ids.join(' '));
    }
  }

  function removeDescribedBy(node, id) {
    var ids = (node.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (x) {
      return x && x !== id;
    });
    if (ids.length) {
      node.setAttribute('aria-describedby', ids.join(' '));
    } else {
      node.removeAttribute('aria-describedby');
    }
  }

  // ---- parts: one top-level section at a time, with progress and an outline ---------------------------------------

  /** The rendered row of a part; null while its enableWhen is not met (home without oral micro-dosing). */
  function partRow(linkId) {
    return document.getElementById('item-' + linkId + '/1');
  }

  /** The parts the patient is asked now, in order: a part whose questions are all switched off is skipped. */
  function shownParts() {
    return parts.filter(partRow);
  }

  /** The part a rendered element belongs to: treatments.preventive[].trialWeeks/1/2/1 -> treatments. */
  function partOf(elementId) {
    return elementId.split(/[.\/]/)[0];
  }

  function partTitle(linkId) {
    return items[linkId].text;
  }

  /**
   * Shows the current part and hides the others (their answers stay in the one form, so nothing is lost and every
   * enableWhen across parts keeps working); updates the progress, the outline and the buttons. Called after every
   * change LHC-Forms makes to the form, since an answer can switch a later part on or off.
   */
  function applyParts() {
    if (!parts.length) {
      return;
    }
    var shown = shownParts();
    if (shown.indexOf(currentPart) < 0) {
      // The current part was switched off: show the nearest part before it that is still asked
      var before = parts.slice(0, parts.indexOf(currentPart)).filter(partRow);
      currentPart = before.length ? before[before.length - 1] : shown[0];
    }
    parts.forEach(function (linkId) {
      var row = partRow(linkId);
      if (row) {
        row.classList.toggle('ks-other-part', linkId !== currentPart);
      }
    });
    var n = shown.indexOf(currentPart);
    var key = shown.join() + '|' + currentPart + '|' + Object.keys(reached).join();
    if (key === outlineKey) {
      return;
    }
    outlineKey = key;
    $('part-status').textContent = patientSays('partOf', {n: n + 1, total: shown.length, title: partTitle(currentPart)});
    $('progress').max = shown.length;
    $('progress').value = n + 1;
    $('outline-title').textContent = patientSays('outlineTitle', {total: shown.length});
    var outline = $('outline');
    clear(outline);
    shown.forEach(function (linkId) {
      var entry;
      if (linkId === currentPart) {
        entry = el('span', {'aria-current': 'step', 'class': 'ks-outline-current'}, [partTitle(linkId)]);
      } else if (reached[linkId]) {
        entry = el('button', {type: 'button', 'class': 'ks-outline-link', 'data-part': linkId}, [partTitle(linkId)]);
      } else {
        entry = el('span', {'class': 'ks-muted'}, [partTitle(linkId)]);
      }
      outline.appendChild(el('li', {'data-part': linkId}, [entry]));
    });
    $('back').hidden = n <= 0;
    $('next').hidden = n >= shown.length - 1;
    $('submit').hidden = n < shown.length - 1;
  }

  /** Shows a part; with focus, its "Part n of m" line takes the focus, so a screen reader says where the patient is. */
  function showPart(linkId, focus) {
    currentPart = linkId;
    reached[linkId] = true;
    applyParts();
    if (focus) {
      $('part-status').scrollIntoView({block: 'start'});
      $('part-status').focus();
    }
  }

  /** The page's own problems in one part (checkValidity checks the whole form; the other parts wait for their turn). */
  function partErrors(linkId) {
    var problems = LForms.Util.checkValidity(formElement());
    if (!problems) {
      return [];
    }
    var errors = pageErrors(problems);
    var here = errors.filter(function (error) {
      return error.elementId && partOf(error.elementId) === linkId;
    });
    return errors.some(function (error) {
      return error.elementId;
    }) ? here : errors;
  }

  function nextPart() {
    clearErrors();
    status('');
    var errors = partErrors(currentPart);
    if (errors.length) {
      showErrors(errors, errors.length === 1 ? patientSays('pageErrorsOne') : patientSays('pageErrorsMany', {n: errors.length}));
      return;
    }
    var shown = shownParts();
    var n = shown.indexOf(currentPart);
    if (n < shown.length - 1) {
      setState('ready');
      showPart(shown[n + 1], true);
    }
  }

  /** Back never checks anything: the answers of the part left stay as they are. */
  function previousPart() {
    clearErrors();
    status('');
    var shown = shownParts();
    var n = shown.indexOf(currentPart);
    if (n > 0) {
      setState('ready');
      showPart(shown[n - 1], true);
    }
  }

  function onOutlineClick(event) {
    var button = event.target.closest('button[data-part]');
    if (button) {
      clearErrors();
      setState('ready');
      showPart(button.getAttribute('data-part'), true);
    }
  }

  // ---- errors: the page's own checks and the service's 400, both next to their question ---------------------------

  var shownErrors = [];
  /** The summary links the first few; a long list of unanswered questions would bury the form. */
  var SUMMARY_LIMIT = 6;

  function clearErrors() {
    shownErrors.forEach(function (shown) {
      if (shown.message.parentNode) {
        shown.message.parentNode.removeChild(shown.message);
      }
      shown.controls.forEach(function (control) {
        removeDescribedBy(control, shown.message.id);
        control.removeAttribute('aria-invalid');
      });
      if (shown.row) {
        shown.row.classList.remove('ks-has-error');
      }
    });
    shownErrors = [];
    $('error-summary').hidden = true;
    clear($('error-summary-list'));
  }

  /**
   * errors: [{elementId (or null), question, message}]. Each message goes under its question, tied to its control by
   * aria-describedby and aria-invalid, and into the summary at the top, which takes the focus.
   */
  function showErrors(errors, title) {
    clearErrors();
    var first = errors.filter(function (error) {
      return error.elementId;
    })[0];
    if (first && partOf(first.elementId) !== currentPart) {
      showPart(partOf(first.elementId), false);
    }
    var list = $('error-summary-list');
    errors.forEach(function (error, n) {
      var row = error.elementId && document.getElementById('item-' + error.elementId);
      var text = error.message;
      if (row) {
        var message = el('p', {'class': 'ks-field-error', id: 'ks-error-' + n},
          [el('span', {'class': 'ks-visually-hidden'}, [patientSays('errorPrefix') + ' ']), text]);
        var controls = controlsOf(error.elementId);
        var anchor = row.querySelector(':scope > lhc-item-question .lhc-de-input-unit-content')
          || row.querySelector(':scope > lhc-item-group .lhc-item-group-title')
          || row.firstElementChild;
        anchor.appendChild(message);
        controls.forEach(function (control) {
          addDescribedBy(control, message.id);
          control.setAttribute('aria-invalid', 'true');
        });
        row.classList.add('ks-has-error');
        shownErrors.push({message: message, controls: controls, row: row});
      }
      if (n < SUMMARY_LIMIT) {
        var entry = row
          ? el('a', {href: '#item-' + error.elementId, 'data-element-id': error.elementId}, [error.question])
          : document.createTextNode(error.question);
        list.appendChild(el('li', {}, error.question ? [entry, el('span', {}, [' ' + text])] : [text]));
      }
    });
    if (errors.length > SUMMARY_LIMIT) {
      list.appendChild(el('li', {'class': 'ks-error-summary-more'},
        [patientSays('moreErrors', {n: errors.length - SUMMARY_LIMIT})]));
    }
    $('error-summary-title').textContent = title;
    $('error-summary').hidden = false;
    $('error-summary').focus();
    setState('invalid');
  }

  function onSummaryClick(event) {
    var link = event.target.closest('a[data-element-id]');
    if (!link) {
      return;
    }
    event.preventDefault();
    var elementId = link.getAttribute('data-element-id');
    if (partOf(elementId) !== currentPart) {
      showPart(partOf(elementId), false);
    }
    var target = focusTarget(elementId);
    if (target) {
      target.scrollIntoView({block: 'center'});
      target.focus();
    }
  }

  /** LHC-Forms' "requires a value" -> "Please answer this question."; "must be ..." -> "Must be ...". */
  function sentence(message) {
    if (message === 'requires a value') {
      return patientSays('answerRequired');
    }
    return message.charAt(0).toUpperCase() + message.substring(1);
  }

  /** What LHC-Forms found, per rendered question (checkValidity has just filled _validationErrors). */
  function pageErrors(strings) {
    var form = lhcForm();
    var found = [];
    if (form && form.itemList) {
      form.itemList.forEach(function (item) {
        (item._validationErrors || []).forEach(function (message) {
          found.push({elementId: item._elementId, question: item.question, message: sentence(message)});
        });
      });
    }
    // Should a later LHC-Forms keep its errors elsewhere, the summary still lists every one of them
    return found.length ? found : strings.map(function (s) {
      return {elementId: null, question: '', message: s};
    });
  }

  /**
   * The rendered element id of a violation path: the linkId with [] for list items, then the 1-based repetition
   * number of each level from the outermost group (treatments.preventive[1].trialWeeks ->
   * treatments.preventive[].trialWeeks/1/2/1).
   */
  function elementIdOf(path) {
    var repetitions = {};
    var linkId = path.replace(/\[(\d+)\]/g, function (match, n, offset) {
      repetitions[path.substring(0, offset).replace(/\[\d+\]/g, '[]')] = Number(n) + 1;
      return '[]';
    });
    while (!items[linkId] && /\[\]$/.test(linkId)) {
      linkId = linkId.substring(0, linkId.length - 2); // an element of a repeating choice: the question itself
    }
    if (!items[linkId]) {
      return null;
    }
    var chain = [];
    for (var at = linkId; at; at = parents[at]) {
      chain.unshift(repetitions[at] || 1);
    }
    return linkId + '/' + chain.join('/');
  }

  /** "must not exceed headacheDaysPerMonth" names a sibling field: say which question that is. */
  function readable(path, message) {
    return message.replace(/\b([a-z]+[A-Z][A-Za-z0-9]*)\b/g, function (name) {
      var parent = parents[path.replace(/\[\d+\]/g, '[]')];
      var sibling = parent !== undefined && Object.keys(items).filter(function (linkId) {
        return parents[linkId] === parent && linkId.split('.').pop() === name;
      })[0];
      return sibling ? patientSays('yourAnswerTo', {question: items[sibling].text}) : name;
    });
  }

  function serviceErrors(violations) {
    return violations.map(function (violation) {
      var elementId = elementIdOf(violation.field);
      var item = items[(elementId || '').split('/')[0]];
      return {
        elementId: elementId && document.getElementById('item-' + elementId) ? elementId : null,
        question: item ? item.text : violation.field,
        message: sentence(readable(violation.field, violation.message))
      };
    });
  }

  // ---- submit ---------------------------------------------------------------------------------------------------

  function status(text) {
    $('submit-status').textContent = text;
  }

  function submit() {
    clearErrors();
    status('');
    var problems = LForms.Util.checkValidity(formElement());
    if (problems) {
      var errors = pageErrors(problems);
      showErrors(errors, errors.length === 1 ? patientSays('pageErrorsOne') : patientSays('pageErrorsMany', {n: errors.length}));
      return;
    }
    var qr = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', formElement());
    if (!qr) {
      showErrors([{elementId: null, question: '', message: patientSays('unreadable')}], patientSays('unreadableTitle'));
      return;
    }
    var doubtful = toConfirm(qr);
    if (doubtful.length) {
      askToConfirm(doubtful, qr);
    } else {
      post(qr);
    }
  }

  /** The typed numbers of the QuestionnaireResponse that would by themselves make the answer urgent or ineligible. */
  function toConfirm(qr) {
    var found = [];
    (function walk(list, numbers) {
      var seen = {};
      (list || []).forEach(function (item) {
        seen[item.linkId] = (seen[item.linkId] || 0) + 1;
        var at = numbers + '/' + seen[item.linkId];
        var check = TO_CONFIRM[item.linkId];
        (item.answer || []).forEach(function (answer) {
          if (check && typeof answer.valueInteger === 'number' && check(answer.valueInteger)) {
            found.push({elementId: item.linkId + at, question: items[item.linkId].text, value: answer.valueInteger,
              unit: unitOf(items[item.linkId])});
          }
        });
        walk(item.item, at);
      });
    }(qr.item, ''));
    return found;
  }

  function unitOf(question) {
    var unit = question && (question.extension || []).filter(function (e) {
      return e.url === EXT + 'questionnaire-unit';
    })[0];
    return unit ? unit.valueCoding.display : '';
  }

  /**
   * A typo must not send someone to the emergency department: the patient sees each such number and either confirms
   * them all (posted unchanged) or goes back to the first one to change it.
   */
  function askToConfirm(doubtful, qr) {
    var dialog = $('confirm');
    $('confirm-title').textContent = doubtful.length === 1 ? patientSays('confirmTitleOne') : patientSays('confirmTitleMany');
    $('confirm-lead').textContent = patientSays('confirmLead');
    $('confirm-change').textContent = patientSays('confirmChange');
    $('confirm-send').textContent = patientSays('confirmSend');
    var list = $('confirm-list');
    clear(list);
    doubtful.forEach(function (d) {
      list.appendChild(el('li', {'data-element-id': d.elementId}, [
        patientSays('confirmValue', {question: d.question, value: (d.value + ' ' + d.unit).trim()})]));
    });
    dialog.onclose = function () {
      dialog.onclose = null;
      if (dialog.returnValue === 'send') {
        post(qr);
        return;
      }
      var first = doubtful[0].elementId;
      showPart(partOf(first), false);
      setState('ready');
      var target = focusTarget(first);
      if (target) {
        target.scrollIntoView({block: 'center'});
        target.focus();
      }
    };
    dialog.returnValue = '';
    setState('confirming');
    dialog.showModal();
  }

  function post(qr) {
    var button = $('submit');
    button.disabled = true;
    setState('checking');
    status(patientSays('checking'));
    fetch(SCREENINGS, {
      method: 'POST',
      headers: {'Content-Type': 'application/fhir+json'},
      body: JSON.stringify(qr),
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().catch(function () {
        return null;
      }).then(function (body) {
        button.disabled = false;
        status('');
        if (response.status === 200 && body) {
          posted = qr;
          showResult(body);
        } else if (response.status === 400 && body && body.violations) {
          var errors = serviceErrors(body.violations);
          showErrors(errors, errors.length === 1 ? patientSays('serviceErrorsOne') : patientSays('serviceErrorsMany', {n: errors.length}));
        } else {
          failed(patientSays('serviceFailed', {status: response.status}));
        }
      });
    }).catch(function () {
      button.disabled = false;
      status('');
      failed(patientSays('unreachable'));
    });
  }

  function failed(text) {
    showErrors([{elementId: null, question: '', message: text}], patientSays('failedTitle'));
    setState('error');
  }

  // ---- the answer ------------------------------------------------------------------------------------------------

  function optionLabel(linkId, code) {
    var item = items[linkId];
    var options = (item && item.answerOption) || [];
    for (var i = 0; i < options.length; i++) {
      if (options[i].valueCoding.code === code) {
        return options[i].valueCoding.display;
      }
    }
    return code;
  }

  function modalityName(code) {
    return optionLabel('logistics.requestedModalities', code);
  }

  function showResult(answer) {
    renderPatient(answer);
    renderClinician(answer);
    loadRuleTitles(answer);
    $('questions').hidden = true;
    $('result').hidden = false;
    showView('patient');
    setState('answered');
    window.scrollTo(0, 0);
    $('result-title').focus();
  }

  function renderPatient(answer) {
    var verdict = words.patient.verdicts[answer.verdict];
    $('verdict').className = 'ks-verdict ks-verdict--' + VERDICT_STYLES[answer.verdict];
    $('verdict').setAttribute('data-verdict', answer.verdict);
    $('result-title').textContent = verdict.title;
    $('verdict-lead').textContent = verdict.lead;

    var steps = $('next-steps');
    clear(steps);
    answer.nextSteps.forEach(function (step) {
      steps.appendChild(el('li', {}, [step]));
    });

    var modalities = $('modalities');
    clear(modalities);
    answer.modalities.forEach(function (m) {
      var style = VERDICT_STYLES[m.verdict];
      var card = el('li', {'class': 'ks-modality ks-modality--' + style, 'data-modality': m.modality,
        'data-verdict': m.verdict}, [
        el('h4', {'class': 'ks-modality-name'}, [modalityName(m.modality)]),
        el('p', {'class': 'ks-badge ks-badge--' + style}, [words.patient.verdicts[m.verdict].badge])
      ]);
      // How it would be given matters while it may be offered, not when it is ruled out or urgent care comes first
      if (m.verdict === 'ELIGIBLE' || m.verdict === 'NEEDS_REVIEW') {
        card.appendChild(el('p', {'class': 'ks-conditions-intro'},
          [m.verdict === 'ELIGIBLE' ? patientSays('conditionsIfEligible') : patientSays('conditionsIfNeedsReview')]));
        card.appendChild(el('ul', {'class': 'ks-conditions'}, m.conditions.map(function (c) {
          return el('li', {'data-condition': c.code}, [conditionSays(words.patient.conditions, c)]);
        })));
      }
      modalities.appendChild(card);
    });

    var findings = $('findings');
    clear(findings);
    if (!answer.findings.length) {
      findings.appendChild(el('p', {}, [patientSays('noFindings')]));
    }
    // Most severe first: the words file lists the outcomes in that order (the service checks it does)
    Object.keys(words.patient.outcomes).forEach(function (outcome) {
      var these = answer.findings.filter(function (f) {
        return f.outcome === outcome;
      });
      if (these.length) {
        findings.appendChild(el('h4', {'class': 'ks-findings-title ks-findings-title--' + outcome.toLowerCase()},
          [words.patient.outcomes[outcome]]));
        findings.appendChild(el('ul', {'class': 'ks-findings-list'}, these.map(function (f) {
          return el('li', {'data-rule': f.ruleId}, [f.message]);
        })));
      }
    });
  }

  /**
   * A condition in words, its {placeholders} filled from the condition's parameters (the profile's values):
   * {code: 'NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE', parameters: {beforeHours: 24, afterHours: 24}}.
   */
  function conditionSays(sentences, condition) {
    var sentence = sentences[condition.code];
    return sentence ? fill(sentence, condition.parameters || {}) : condition.code;
  }

  /** Every answer of the posted QuestionnaireResponse with its request path: [{path, text, value}] */
  function answersOf(qr) {
    var out = [];
    function walk(list, prefix) {
      var seen = {};
      (list || []).forEach(function (item) {
        var path = prefix + item.linkId.substring(item.linkId.lastIndexOf('.') + 1);
        var question = items[item.linkId];
        if (question && question.type === 'group' && question.repeats) {
          seen[item.linkId] = (seen[item.linkId] || 0) + 1;
          path += '[' + (seen[item.linkId] - 1) + ']';
        }
        if (item.answer) {
          out.push({path: path, text: question ? question.text : item.linkId, value: item.answer.map(function (a) {
            if (a.valueCoding) {
              return a.valueCoding.display || a.valueCoding.code;
            }
            var unit = unitOf(question);
            return String(a.valueInteger) + (unit ? ' ' + unit : '');
          }).join(', ')});
        }
        walk(item.item, path + '.');
      });
    }
    walk(qr.item, '');
    return out;
  }

  /** A code or path that may wrap after its dots and underscores in a narrow column (NEEDS_REVIEW, a.b.c). */
  function breakable(text, tag) {
    var node = el(tag || 'span', {});
    text.split(/(?<=[._])/).forEach(function (part, i) {
      if (i > 0) {
        node.appendChild(el('wbr'));
      }
      node.appendChild(document.createTextNode(part));
    });
    return node;
  }

  function fieldCell(fields) {
    var answers = posted ? answersOf(posted) : [];
    var list = el('ul', {'class': 'ks-fields'});
    fields.forEach(function (field) {
      var given = answers.filter(function (a) {
        return a.path === field || a.path.indexOf(field + '.') === 0 || a.path.indexOf(field + '[') === 0;
      });
      var entry = el('li', {}, [breakable(field, 'code')]);
      if (given.length) {
        entry.appendChild(el('ul', {}, given.map(function (a) {
          var where = a.path.substring(field.length).replace(/^\./, '');
          return el('li', {}, [(where ? where + ': ' : '') + a.value]);
        })));
      } else {
        entry.appendChild(el('span', {'class': 'ks-muted'}, [' ' + clinicianSays('notAnswered')]));
      }
      list.appendChild(entry);
    });
    return list;
  }

  function renderClinician(answer) {
    var summary = $('clinician-summary');
    clear(summary);
    var rows = [
      [clinicianSays('verdict'), answer.verdict],
      [clinicianSays('ruleSet'), answer.ruleset.id + ' ' + answer.ruleset.version],
      [clinicianSays('profile'), answer.profile.id + ' ' + answer.profile.version],
      [clinicianSays('profileSha256'), breakable(answer.profile.sha256.replace(/(.{8})/g, '$1 ').trim(), 'code')],
      [clinicianSays('frequency'), answer.migraine.frequency],
      [clinicianSays('treatmentResistance'), answer.migraine.treatmentResistance],
      [clinicianSays('failedPreventiveClasses'), answer.migraine.failedPreventiveClasses.join(', ') || clinicianSays('none')],
      [clinicianSays('medicationOveruse'), answer.migraine.medicationOveruse ? clinicianSays('yes') : clinicianSays('no')]
    ];
    rows.forEach(function (row) {
      summary.appendChild(el('div', {}, [el('dt', {}, [row[0]]), el('dd', {}, [row[1]])]));
    });

    var modalities = $('clinician-modalities').tBodies[0];
    clear(modalities);
    answer.modalities.forEach(function (m) {
      var conditions = el('ul', {'class': 'ks-fields'}, m.conditions.map(function (c) {
        return el('li', {'data-condition': c.code}, [conditionSays(words.clinician.conditions, c)]);
      }));
      modalities.appendChild(el('tr', {'data-modality': m.modality}, [
        el('td', {}, [m.modality]), el('td', {}, [breakable(m.verdict)]), el('td', {}, [conditions])]));
    });

    var findings = $('clinician-findings').tBodies[0];
    clear(findings);
    answer.findings.forEach(function (f) {
      var source = el('a', {href: f.source.url, rel: 'noopener noreferrer', target: '_blank', 'class': 'ks-source'}, [f.source.label]);
      var message = el('td', {}, [el('span', {'class': 'ks-rule-title', 'data-rule-title': f.ruleId}), f.message]);
      // A per-modality finding (api-contract §9.3 ◆) names the modalities it applies to; the others count for all
      var modalities = f.modalities
        ? el('ul', {'class': 'ks-fields'}, f.modalities.map(function (m) {
          return el('li', {}, [breakable(m)]);
        }))
        : el('span', {'class': 'ks-muted'}, [clinicianSays('allModalities')]);
      findings.appendChild(el('tr', {'data-rule': f.ruleId, 'data-modalities': (f.modalities || []).join(' '),
        'class': 'ks-outcome--' + f.outcome.toLowerCase()}, [
        el('th', {scope: 'row'}, [f.ruleId]), el('td', {}, [breakable(f.outcome)]), el('td', {}, [breakable(f.category)]),
        el('td', {}, [modalities]), message, el('td', {}, [fieldCell(f.fields)]), el('td', {}, [source])]));
    });
    $('clinician-findings').hidden = !answer.findings.length;
    $('clinician-no-findings').hidden = answer.findings.length > 0;

    var steps = $('clinician-next-steps');
    clear(steps);
    answer.nextSteps.forEach(function (step) {
      steps.appendChild(el('li', {}, [step]));
    });
  }

  /** The rule titles of GET /api/v2/ruleset beside each finding; the answer stands without them. */
  function loadRuleTitles() {
    var fill = function () {
      document.querySelectorAll('[data-rule-title]').forEach(function (span) {
        var title = ruleTitles[span.getAttribute('data-rule-title')];
        span.textContent = title ? title + '. ' : '';
      });
    };
    if (Object.keys(ruleTitles).length) {
      fill();
      return;
    }
    fetch(RULESET, {headers: {Accept: 'application/json'}}).then(function (r) {
      return r.ok ? r.json() : {rules: []};
    }).then(function (ruleSet) {
      ruleSet.rules.forEach(function (rule) {
        ruleTitles[rule.id] = rule.title;
      });
      fill();
    }).catch(function () {
      // titles are a convenience; the rule ids and sources are already shown
    });
  }

  function showView(which) {
    var clinician = which === 'clinician';
    $('patient-view').hidden = clinician;
    $('clinician-view').hidden = !clinician;
    $('show-patient').setAttribute('aria-pressed', String(!clinician));
    $('show-clinician').setAttribute('aria-pressed', String(clinician));
    document.body.classList.toggle('ks-printing-clinician', clinician);
  }

  function changeAnswers() {
    $('result').hidden = true;
    $('questions').hidden = false;
    setState('ready');
    $('page-title').focus();
  }

  // ---- start ------------------------------------------------------------------------------------------------------

  function fetchJson(url, type) {
    return fetch(url, {headers: {Accept: type}}).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' ' + response.status);
      }
      return response.json();
    });
  }

  function start() {
    $('error-summary').addEventListener('click', onSummaryClick);
    $('submit').addEventListener('click', submit);
    $('next').addEventListener('click', nextPart);
    $('back').addEventListener('click', previousPart);
    $('outline').addEventListener('click', onOutlineClick);
    $('confirm-change').addEventListener('click', function () {
      $('confirm').close('change');
    });
    $('confirm-send').addEventListener('click', function () {
      $('confirm').close('send');
    });
    $('show-patient').addEventListener('click', function () {
      showView('patient');
    });
    $('show-clinician').addEventListener('click', function () {
      showView('clinician');
    });
    $('print').addEventListener('click', function () {
      window.print();
    });
    $('change').addEventListener('click', changeAnswers);
    $('restart').addEventListener('click', function () {
      window.location.assign('/');
    });

    Promise.all([
      fetchJson(QUESTIONNAIRE, 'application/fhir+json'),
      fetchJson('/intake/words/' + document.documentElement.lang + '.json', 'application/json')
    ]).then(function (loaded) {
      var served = loaded[0];
      words = loaded[1];
      questionnaire = served;
      index(questionnaire.item, undefined);
      parts = questionnaire.item.filter(function (item) {
        return item.type !== 'display';
      }).map(function (item) {
        return item.linkId;
      });
      var copy = JSON.parse(JSON.stringify(served));
      relaxRequired(copy.item);
      visibleChoices(copy.item);
      return LForms.Util.addFormToPage(copy, FORM_ID, {fhirVersion: 'R4', showCodingInstruction: true});
    }).then(function () {
      improve(formElement());
      showPart(parts[0], false);
      new MutationObserver(function () {
        improve(formElement());
        applyParts();
      }).observe(formElement(), {childList: true, subtree: true});
      new MutationObserver(syncRadios).observe(formElement(), {attributes: true, attributeFilter: ['class'], subtree: true});
      $('loading').hidden = true;
      $('parts').hidden = false;
      $('submit').disabled = false;
      setState('ready');
    }).catch(function () {
      $('loading').textContent = $('loading').getAttribute('data-failed');
      $('loading').classList.add('ks-loading--failed');
      setState('failed');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
