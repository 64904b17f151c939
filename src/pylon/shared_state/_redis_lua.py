"""The Lua scripts of the Redis store: the schedule of `_schedule`, run atomically on the server.

Each script runs as one atomic step on the Redis server, so no two participants ever read and
write a bucket in between each other. The steps mirror `_schedule.reserve`, `cancel`, `sent` and
`penalize` line for line (a test runs both on one table of operations). A bucket is three keys
sharing one hash tag (so a cluster keeps them on one node): a hash (`tat`, `floor`, `penalty`,
`seq`, and the time and pause of the last 429), the log of live grants and the holes, both sorted sets scored by time. Time is the
server's `TIME`, shared by every machine, unless the caller passes one (tests).
"""

from __future__ import annotations

__all__ = ["CANCEL", "PENALIZE", "RESERVE", "SENT"]

_PRELUDE = """
local function fmt(x) return string.format('%.17g', x) end
local function now_of(given)
  if given and given ~= '' then return tonumber(given) end
  local t = redis.call('TIME')
  return tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local function num(field)
  local v = redis.call('HGET', KEYS[1], field)
  if v then return tonumber(v) end
  return nil
end
local function keep(horizon, now)
  local ms = math.ceil((horizon - now) * 1000) + 60000
  for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ms) end
end
"""

# KEYS: state, log, holes. ARGV: requests, per_seconds, burst, margin, [now].
# Returns {at, wait, token, after_429 (0/1)}.
RESERVE = (
    _PRELUDE
    + """
local requests, per = tonumber(ARGV[1]), tonumber(ARGV[2])
local burst, margin = tonumber(ARGV[3]), tonumber(ARGV[4])
local interval = per / requests
local tol = (burst - 1) * interval
local window = per + margin
local now = now_of(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. fmt(now - window))
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. fmt(now))
local tat, floor, penalty = num('tat'), num('floor'), num('penalty')
local token = tostring(redis.call('HINCRBY', KEYS[1], 'seq', 1))
local log = {}
local raw = redis.call('ZRANGE', KEYS[2], 0, -1, 'WITHSCORES')
for i = 2, #raw, 2 do log[#log + 1] = tonumber(raw[i]) end

local function fits(x)
  local merged, pos = {}, nil
  for i = 1, #log do
    if pos == nil and log[i] > x then merged[#merged + 1] = x; pos = #merged end
    merged[#merged + 1] = log[i]
  end
  if pos == nil then merged[#merged + 1] = x; pos = #merged end
  for first = math.max(pos - requests, 1), math.min(pos, #merged - requests) do
    if merged[first + requests] - merged[first] < window then return nil end
  end
  local t = nil
  for i = 1, #merged do
    local g = merged[i]
    if t ~= nil and g < t - tol - 1e-9 then return nil end
    if t == nil or g > t then t = g end
    t = t + interval
  end
  return t
end

local at = nil
local holes = redis.call('ZRANGE', KEYS[3], 0, -1, 'WITHSCORES')
if #holes > 0 then
  local start = now
  if penalty and penalty > start then start = penalty end
  local candidates = {{start, nil}}
  for i = 1, #holes, 2 do
    local h = tonumber(holes[i + 1])
    if h > start then
      candidates[#candidates + 1] = {h, holes[i]}
    elseif h == start and candidates[1][2] == nil then
      candidates[1][2] = holes[i]
    end
  end
  for _, c in ipairs(candidates) do
    local t = fits(c[1])
    if t then
      at = c[1]
      if c[2] then redis.call('ZREM', KEYS[3], c[2]) end
      if tat == nil or t > tat then tat = t end
      if floor == nil or at > floor then floor = at end
      break
    end
  end
  if at == nil then redis.call('DEL', KEYS[3]) end
end
if at == nil then
  at = now
  if floor and floor > at then at = floor end
  if tat and tat - tol > at then at = tat - tol end
  if #log >= requests then
    local bound = log[#log - requests + 1] + window
    if bound > at then at = bound end
  end
  if tat == nil or at > tat then tat = at end
  tat = tat + interval
  floor = at
end
redis.call('ZADD', KEYS[2], fmt(at), token)
redis.call('HSET', KEYS[1], 'tat', fmt(tat), 'floor', fmt(floor))
keep(math.max(tat, at), now)
local after = 0
if penalty and at <= penalty + interval then after = 1 end
return {fmt(at), fmt(at - now), token, after}
"""
)

# KEYS: state, log, holes. ARGV: token, at, [now]. Returns 1 when the slot was live.
CANCEL = (
    _PRELUDE
    + """
local removed = redis.call('ZREM', KEYS[2], ARGV[1])
if removed == 1 and tonumber(ARGV[2]) >= now_of(ARGV[3]) then
  redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
end
return removed
"""
)

# KEYS: state, log, holes. ARGV: token, at, [now]. Returns 1 when the grant moved to now.
SENT = (
    _PRELUDE
    + """
local now = now_of(ARGV[3])
local at = redis.call('ZSCORE', KEYS[2], ARGV[1])
if at and tonumber(at) < now then
  redis.call('ZADD', KEYS[2], fmt(now), ARGV[1])
  return 1
end
return 0
"""
)

# KEYS: state, log, holes. ARGV: delay ('' for one interval), requests, per_seconds, burst, [now].
PENALIZE = (
    _PRELUDE
    + """
local requests, per, burst = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local interval = per / requests
local now = now_of(ARGV[5])
local delay = interval
if ARGV[1] ~= '' then delay = math.max(tonumber(ARGV[1]), 0) end
local untill = now + delay
local tat, floor, penalty = num('tat'), num('floor'), num('penalty')
if floor == nil or untill > floor then floor = untill end
if penalty == nil or untill > penalty then penalty = untill end
local shifted = untill + (burst - 1) * interval
if tat == nil or shifted > tat then tat = shifted end
redis.call('HSET', KEYS[1], 'tat', fmt(tat), 'floor', fmt(floor), 'penalty', fmt(penalty),
  'last_429', fmt(now))
if ARGV[1] ~= '' then
  redis.call('HSET', KEYS[1], 'retry_after', fmt(delay))
else
  redis.call('HDEL', KEYS[1], 'retry_after')
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. fmt(untill))
keep(tat + per, now)
return 1
"""
)
