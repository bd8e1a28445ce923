// One atomic acquisition, run inside Redis so that any number of processes share one schedule.
// Time comes from the Redis server (TIME), not from the callers, so hosts whose clocks disagree still
// agree on the schedule. Each rule key holds the epoch ms at which that rule's next slot opens (GCRA
// with no burst: slots one spacing apart); the call gets the latest of those and of a server pause,
// and either takes it on every rule or, when it is further away than the caller can wait, on none.
// Keys expire when their time has passed, because a slot time in the past means the same as no key.
//
// KEYS[1]     the key's pause (epoch ms, set by the pause script)
// KEYS[2..n]  one schedule key per rule
// ARGV[1]     longest wait the caller accepts, ms
// ARGV[2..n]  slot spacing of each rule, ms (fractional)
// Returns { reserved (1|0), wait ms (rounded up), paused-until epoch ms when the pause is why nothing was reserved, else -1 }
export const RESERVE_SCRIPT = `
if redis.replicate_commands then pcall(redis.replicate_commands) end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local at = now
local paused = tonumber(redis.call('GET', KEYS[1]) or '') or 0
if paused > at then at = paused end
for i = 2, #KEYS do
  local slot = tonumber(redis.call('GET', KEYS[i]) or '') or 0
  if slot > at then at = slot end
end
local wait = math.ceil(at - now)
if at - now > tonumber(ARGV[1]) then
  if at == paused then return {0, wait, math.floor(paused)} end
  return {0, wait, -1}
end
for i = 2, #KEYS do
  local nextSlot = at + tonumber(ARGV[i])
  redis.call('SET', KEYS[i], string.format('%.3f', nextSlot), 'PX', math.ceil(nextSlot - now) + 1)
end
return {1, wait, -1}
`;
