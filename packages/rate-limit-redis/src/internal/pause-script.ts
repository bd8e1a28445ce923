// A fleet-wide pause: the latest reset time any process was told by the server wins (a later 429 can
// only lengthen the pause, never cut it short), and the key expires by itself when the pause is over.
// The time left is measured on the Redis server's clock, like the schedule.
//
// KEYS[1]  the key's pause
// ARGV[1]  pause end, epoch ms
export const PAUSE_SCRIPT = `
if redis.replicate_commands then pcall(redis.replicate_commands) end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local untilMs = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '') or 0
if untilMs <= now or untilMs <= current then return 0 end
redis.call('SET', KEYS[1], string.format('%.0f', untilMs), 'PX', math.ceil(untilMs - now))
return 1
`;
