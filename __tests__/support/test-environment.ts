// Loaded by jest before every test file (jest.config.js `setupFiles`).
//
// GitHub asks for a second between writes, and the Octokit spaces writes that notify by three: a test that creates
// a few issues would wait that long for nothing, since the fake server does not ask for it. Tests that check the
// spacing pass `writeSpacingMs` themselves; child processes get the variable from run-action.ts.
process.env.TOKEN_USAGE_ANALYZER_WRITE_SPACING_MS ??= '0'

// Nothing in a test may reach the internet: a price-catalogue update that a test does not point at its own local
// server goes to a closed local port (the discard port) and falls back to the bundled prices with a warning.
process.env.TOKEN_USAGE_ANALYZER_PRICES_URL ??= 'http://127.0.0.1:9/genai-prices.json'
