-- A real LSP client for `armor lsp`: Neovim's own (headless). Opens a template with a mistake,
-- waits for armor's diagnostics and prints them, applies a quick fix; then edits a ~50 kB template and prints how
-- long the new diagnostics took. Works with Neovim 0.7 (Debian 12) and later.
-- Arguments come in the environment: ARMOR (the binary), SMALL and LARGE (template paths).
local armor, small, large = os.getenv('ARMOR'), os.getenv('SMALL'), os.getenv('LARGE')
local out = function(s) io.stdout:write(s .. '\n') end
local uv = vim.loop

local function fail(message)
  out('FAIL: ' .. message)
  vim.cmd('cquit 1')
end

local config = {
  name = 'armor',
  cmd = { armor, 'lsp' },
  root_dir = vim.fn.fnamemodify(small, ':h'),
  flags = { debounce_text_changes = 0 },
}
local client_id = vim.lsp.start_client(config)
if not client_id then return fail('the client did not start') end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

local function wait_for(buf, predicate, timeout)
  local started = uv.hrtime()
  local ok = vim.wait(timeout, function() return predicate(vim.diagnostic.get(buf)) end, 1)
  return ok, (uv.hrtime() - started) / 1e6
end

local function show(buf)
  local list = vim.diagnostic.get(buf)
  table.sort(list, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(list) do
    out(string.format('%s:%d:%d: [%s] %s', vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':t'),
      d.lnum + 1, d.col + 1, tostring(d.code), d.message:gsub('\n.*', '')))
  end
  return #list
end

-- 1. A template with two unnecessary dependsOn entries.
local buf = open(small)
local ok, ms = wait_for(buf, function(list) return #list > 0 end, 20000)
if not ok then return fail('no diagnostics for ' .. small .. ' within 20 s') end
out(string.format('diagnostics after open: %d (%.0f ms after the file was opened)', show(buf), ms))

-- 2. Delete the first mistake (`  dependsOn: [account]`): one diagnostic must go.
local function delete_line(b, pattern)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(b, 0, -1, false)) do
    if line:find(pattern, 1, true) then
      vim.api.nvim_buf_set_lines(b, i - 1, i, false, {})
      return true
    end
  end
  return false
end
local before = #vim.diagnostic.get(buf)
if not delete_line(buf, 'dependsOn: [account]') then return fail('no dependsOn line to delete') end
ok, ms = wait_for(buf, function(list) return #list == before - 1 end, 20000)
if not ok then return fail('diagnostics did not follow the edit') end
out(string.format('diagnostics after the edit: %d (%.1f ms after the change)', show(buf), ms))

-- 3. A quick fix: ask for the code actions on the remaining finding, apply the first preferred
-- one as Neovim would, and the finding must go.
local remaining = vim.diagnostic.get(buf)[1]
local lsp_range = remaining.user_data and remaining.user_data.lsp and remaining.user_data.lsp.range
  or { start = { line = remaining.lnum, character = remaining.col },
       ['end'] = { line = remaining.end_lnum or remaining.lnum, character = remaining.end_col or remaining.col } }
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = lsp_range, context = { diagnostics = {} } }
local replies = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
local preferred
for _, reply in pairs(replies) do
  for _, action in ipairs(reply.result or {}) do
    if action.isPreferred and not preferred then preferred = action end
  end
end
if not preferred then return fail('no preferred code action for the remaining finding') end
before = #vim.diagnostic.get(buf)
vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
ok, ms = wait_for(buf, function(list) return #list == before - 1 end, 20000)
if not ok then return fail('the quick fix did not remove the finding') end
out(string.format('diagnostics after the quick fix "%s": %d (%.1f ms)', preferred.title, show(buf), ms))

-- 4. The same edit in a ~50 kB template: time from the change to the new diagnostics.
local big = open(large)
ok = wait_for(big, function(list) return #list > 0 end, 20000)
if not ok then return fail('no diagnostics for the large template') end
local bytes = vim.fn.getfsize(large)
before = #vim.diagnostic.get(big)
delete_line(big, 'dependsOn: [account]')
ok, ms = wait_for(big, function(list) return #list == before - 1 end, 20000)
if not ok then return fail('large template: diagnostics did not follow the edit') end
out(string.format('large template (%d bytes): diagnostics %.1f ms after the change', bytes, ms))

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 10)
out('OK')
vim.cmd('qall!')
