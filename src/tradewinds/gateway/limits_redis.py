"""Requests and tokens per minute shared through Redis (``gateway.limiter = redis``).

The same two buckets per key as the in-process limiter, kept in one Redis hash per key
(``tw:rl:<tenant>:<key>``: fields ``r``, ``t`` and the refill time ``s``) and updated by a
Lua script, which Redis runs atomically: refill from Redis's own clock (``TIME``, shared by
every host), admit when ``r >= 1`` and ``t > 0``, take one request and the estimate. A hash
expires once both buckets would be full again, so idle keys cost no memory.

Every command has ``gateway.limiter_timeout_s`` to connect and answer and is not retried:
an unreachable or stuck Redis makes :meth:`RedisLimiter.admit` raise
:class:`~tradewinds.gateway.errors.LimiterUnavailable` within that time, never hang.
``redis`` (redis-py) is imported only when this limiter is chosen.
"""

from __future__ import annotations

from typing import Any

from tradewinds.gateway.errors import LimiterUnavailable
from tradewinds.gateway.keys import KeyInfo
from tradewinds.gateway.limits import refused

#: Capacity standing in for "no limit" (a key without rpm or without tpm): never reached.
UNLIMITED = 1e15

_ADMIT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local rpm, tpm, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local held = redis.call('HMGET', KEYS[1], 'r', 't', 's')
local r, t = rpm, tpm
if held[3] then
  local dt = math.max(0, now - tonumber(held[3]))
  r = math.min(rpm, tonumber(held[1]) + dt * rpm / 60)
  t = math.min(tpm, tonumber(held[2]) + dt * tpm / 60)
end
local ok = 0
if r >= 1 and t > 0 then
  ok = 1
  r = r - 1
  t = t - cost
end
redis.call('HSET', KEYS[1], 'r', string.format('%.17g', r), 't', string.format('%.17g', t),
           's', string.format('%.17g', now))
local empty = math.max(1 - r / rpm, 1 - t / tpm)
redis.call('PEXPIRE', KEYS[1], math.ceil(empty * 60000) + 1000)
return {ok, string.format('%.17g', r), string.format('%.17g', t)}
"""

_SETTLE = """
local t = redis.call('HGET', KEYS[1], 't')
if t then
  t = math.min(tonumber(ARGV[1]), tonumber(t) + tonumber(ARGV[2]))
  redis.call('HSET', KEYS[1], 't', string.format('%.17g', t))
end
return 0
"""


class RedisLimiter:
    """Token buckets in Redis, shared by every process and host using the same server."""

    def __init__(self, url: str, *, timeout_s: float = 0.5, prefix: str = "tw:rl") -> None:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        self.prefix = prefix
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        self.client = redis.Redis.from_url(
            url,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 0),
            retry_on_timeout=False,
        )
        self._admit = self.client.register_script(_ADMIT)
        self._settle = self.client.register_script(_SETTLE)

    def _key(self, key: KeyInfo) -> str:
        return f"{self.prefix}:{key.tenant_id}:{key.id}"

    def _run(self, script: Any, key: KeyInfo, *args: float) -> Any:
        try:
            return script(keys=[self._key(key)], args=[repr(float(a)) for a in args])
        except self._errors as exc:
            raise LimiterUnavailable(
                f"rate limiter: Redis did not answer ({type(exc).__name__})"
            ) from exc

    def admit(self, key: KeyInfo, tokens: int) -> None:
        if key.rpm is None and key.tpm is None:
            return
        rpm = float(key.rpm) if key.rpm is not None else UNLIMITED
        tpm = float(key.tpm) if key.tpm is not None else UNLIMITED
        ok, requests, token_level = self._run(self._admit, key, rpm, tpm, tokens)
        if not int(ok):
            raise refused(key, float(requests), float(token_level))

    def settle(self, key: KeyInfo, estimated: int, actual: int) -> None:
        if key.tpm is None or actual == estimated:
            return
        self._run(self._settle, key, float(key.tpm), estimated - actual)

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()
