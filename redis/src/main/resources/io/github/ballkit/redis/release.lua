-- Ends an admitted call: its slot is no longer held, and its windows start now. Times in microseconds.
-- KEYS: 1 finished calls, 2 held slots, 3 epoch (as in acquire.lua)
-- ARGV: 1 now ('' for the Redis server's clock), 2 slot, 3 capacity, 4 how long to keep the keys (ms)
--       when the epoch is gone (acquire.lua keeps the epoch as long as the history must live)
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000000 + tonumber(t[2])
else
  now = tonumber(ARGV[1])
end
local keep = redis.call('PTTL', KEYS[3])
if keep < 0 then
  keep = tonumber(ARGV[4])
end
redis.call('ZREM', KEYS[2], ARGV[2])
-- A slot whose lease ran out was counted as finished then; its real end is later, so it moves.
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -1 or (ttl >= 0 and ttl < keep) then
  redis.call('PEXPIRE', KEYS[1], keep)
end
return 1
