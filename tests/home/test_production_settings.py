"""portal.settings.production refuses to start without a secret and passes check --deploy."""

import os
import subprocess
import sys

from django.conf import settings


def run_manage(*args, env_overrides):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "SECRET_KEY": "a-long-random-production-secret-" + "x7Q!p9#Lm2$" * 4,
            "ALLOWED_HOSTS": "barnensrost.example.se",
            "EMAIL_HOST": "smtp.example.se",
            "DEFAULT_FROM_EMAIL": "barnensrost@example.se",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", env_overrides={"SECRET_KEY": "", "ALLOWED_HOSTS": "x"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
