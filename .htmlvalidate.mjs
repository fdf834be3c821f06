// html-validate's recommended rules, run over every built page by tests/e2e/html-validate.test.ts.
// Each rule that is changed says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A group of checkboxes shares one name (name=type&type=… in the search URL); that is
    // how HTML forms send a multiple choice. The rule only allows radio buttons by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Page titles are record titles as the sources give them; some are whole questions
    // ("Heet hangijzer 3: …") of up to about 120 characters. 70 characters is what a
    // search engine shows, not a validity or accessibility limit; shortening would lose meaning.
    'long-title': 'off',
    // WCAG technique H32 (a submit button) is for forms that send data. The only form
    // without one is the self-assessment (/zelfevaluatie/), which sends nothing: its
    // answers stay in the browser, so a submit button would promise what does not
    // happen. Astro drops HTML comments, so the rule cannot be disabled on that element.
    'wcag/h32': 'off',
  },
};
