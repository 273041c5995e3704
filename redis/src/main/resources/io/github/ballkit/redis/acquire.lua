-- Admits one call of a token's rate-limit class, or says how long to wait. Times are microseconds.
-- KEYS: 1 finished calls (zset: slot -> when it finished), 2 held slots (zset: slot -> lease end),
--       3 pause (string: paused until), 4 epoch (string: names this history's lifetime)
-- ARGV: 1 now ('' for the Redis server's clock), 2 slot, 3 lease, 4 capacity (finished calls kept),
--       5 epoch the caller saw last ('' for none), 6 epoch to create, 7 quiet period after lost data,
--       8 when to ask again while every slot is held, 9 key margin (ms), 10 number of windows,
--       then per window: limit, length
-- Returns {1, 0, epoch} admitted; {0, wait, epoch} wait; {2, ask again in, epoch} all slots held.
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000000 + tonumber(t[2])
else
  now = tonumber(ARGV[1])
end
local done, held, pause, epochKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local lease, capacity, margin = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[9])

local function extend(key, ms)
  local ttl = redis.call('PTTL', key)
  if ttl == -1 or (ttl >= 0 and ttl < ms) then
    redis.call('PEXPIRE', key, ms)
  end
end

local function pauseFor(us)
  local untilAt = now + us
  local current = tonumber(redis.call('GET', pause))
  if not current or current < untilAt then
    redis.call('SET', pause, untilAt, 'PX', math.ceil(us / 1000) + margin)
  end
end

local longest = 0
for i = 0, tonumber(ARGV[10]) - 1 do
  longest = math.max(longest, tonumber(ARGV[12 + 2 * i]))
end
local keep = math.ceil((lease + longest) / 1000) + margin

-- A history this process knew is gone (Redis restarted or lost its data): calls made just before
-- may still be in the server's windows, so admit nothing for the quiet period.
local epoch = redis.call('GET', epochKey)
if not epoch then
  epoch = ARGV[6]
  redis.call('SET', epochKey, epoch, 'PX', keep)
end
if ARGV[5] ~= '' and ARGV[5] ~= epoch then
  pauseFor(tonumber(ARGV[7]))
end
extend(epochKey, keep)

-- Slots whose lease ran out belong to a process that died: they count as finished then.
local expired = redis.call('ZRANGEBYSCORE', held, '-inf', now, 'WITHSCORES')
for i = 1, #expired, 2 do
  redis.call('ZADD', done, expired[i + 1], expired[i])
  redis.call('ZREM', held, expired[i])
end
if #expired > 0 then
  redis.call('ZREMRANGEBYRANK', done, 0, -(capacity + 1))
end

local wait = 0
local pausedUntil = tonumber(redis.call('GET', pause))
if pausedUntil and pausedUntil > now then
  wait = pausedUntil - now
end
local inFlight = redis.call('ZCARD', held)
for i = 0, tonumber(ARGV[10]) - 1 do
  local limit, length = tonumber(ARGV[11 + 2 * i]), tonumber(ARGV[12 + 2 * i])
  local allowed = limit - inFlight
  if allowed <= 0 then
    local askAgain = tonumber(ARGV[8])
    local first = redis.call('ZRANGE', held, 0, 0, 'WITHSCORES')
    if first[2] then
      askAgain = math.min(askAgain, tonumber(first[2]) - now)
    end
    return {2, math.max(1, askAgain), epoch}
  end
  -- The call fits when fewer than `allowed` finished calls are in the window, i.e. when the
  -- allowed-th most recent one has left it.
  local recent = redis.call('ZREVRANGE', done, allowed - 1, allowed - 1, 'WITHSCORES')
  if recent[2] then
    local leaves = tonumber(recent[2]) + length
    if leaves - now > wait then
      wait = leaves - now
    end
  end
end
if wait > 0 then
  return {0, math.max(1, wait), epoch}
end
redis.call('ZADD', held, now + lease, ARGV[2])
extend(held, math.ceil(lease / 1000) + margin)
return {1, 0, epoch}
