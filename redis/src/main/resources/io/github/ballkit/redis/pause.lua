-- Admits no call of a history for a while (a 429's Retry-After), unless already paused for longer.
-- KEYS: 1 pause (as in acquire.lua)
-- ARGV: 1 now ('' for the Redis server's clock), 2 how long (microseconds), 3 key margin (ms)
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000000 + tonumber(t[2])
else
  now = tonumber(ARGV[1])
end
local wait = tonumber(ARGV[2])
local untilAt = now + wait
local current = tonumber(redis.call('GET', KEYS[1]))
if not current or current < untilAt then
  redis.call('SET', KEYS[1], untilAt, 'PX', math.ceil(wait / 1000) + tonumber(ARGV[3]))
end
return 1
