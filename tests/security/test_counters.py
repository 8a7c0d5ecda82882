"""The counters are atomic across processes in the one-machine file cache (production without
Redis), and keep their window."""

import multiprocessing
import time

import pytest

from portal.security.locked_file_cache import LockedFileBasedCache

PROCESSES = 4
EACH = 60


def count_in_another_process(directory, key, times, results):
    store = LockedFileBasedCache(directory, {})
    seen = []
    for _ in range(times):
        store.add(key, 0, timeout=600)
        seen.append(store.incr(key))
    results.put(seen)


def test_several_processes_incrementing_one_key_lose_no_count(tmp_path):
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [
        context.Process(target=count_in_another_process, args=(str(tmp_path), "k", EACH, results))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    seen = [value for _ in workers for value in results.get(timeout=60)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    # Every increment returned a count no other one did: 1 … 240, each exactly once.
    assert sorted(seen) == list(range(1, PROCESSES * EACH + 1))
    assert LockedFileBasedCache(str(tmp_path), {}).get("k") == PROCESSES * EACH


def add_once(directory, key, results):
    results.put(LockedFileBasedCache(directory, {}).add(key, "first", timeout=600))


def test_only_one_process_adds_a_key(tmp_path):
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [
        context.Process(target=add_once, args=(str(tmp_path), "slot", results)) for _ in range(8)
    ]
    for worker in workers:
        worker.start()
    added = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert added.count(True) == 1 and added.count(False) == 7


def test_incr_keeps_the_window_of_the_first_count(tmp_path):
    store = LockedFileBasedCache(str(tmp_path), {})
    store.add("w", 0, timeout=1)
    time.sleep(0.6)
    assert store.incr("w") == 1  # Django's FileBasedCache would give it 300 s from now
    time.sleep(0.6)
    assert store.get("w") is None
    with pytest.raises(ValueError):
        store.incr("w")


def production_settings(expression, **env_overrides):
    """``expression`` (over the settings, ``s``) printed by a fresh Python process that loads
    the production settings, without Redis unless ``REDIS_URL`` is given; split in words."""
    import os
    import subprocess
    import sys

    from django.conf import settings

    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="example.se",
        **env_overrides,
    )
    code = (
        f"import django; django.setup(); from django.conf import settings as s; print({expression})"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True,
        text=True, timeout=60, check=True,
    ).stdout.split()  # fmt: skip


def test_production_uses_it_for_the_counters_without_redis():
    counters = "s.CACHES['counters']['BACKEND'], s.CACHES['counters']['OPTIONS']['MAX_ENTRIES']"
    assert production_settings(counters) == [
        "portal.security.locked_file_cache.LockedFileBasedCache",
        "1000000",
    ]
    both = "s.CACHES['default']['BACKEND'], s.CACHES['counters']['BACKEND']"
    assert (
        production_settings(both, REDIS_URL="redis://127.0.0.1:6390/0")
        == ["django_redis.cache.RedisCache"] * 2
    )
