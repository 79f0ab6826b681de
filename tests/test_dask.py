"""The Dask engine finds exactly what the local engine finds (LocalCluster, 2 workers)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES, SHARED, run_cli

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
        silence_logs=40,
    )  # fmt: skip
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def both(*paths, client):
    """(local report, Dask report) as the JSON contract."""
    from consistency.report.findings import render_json
    from consistency.runner import RunOptions, run_check

    out = []
    for engine in (None, client):
        import io

        result = run_check(RunOptions(paths=[str(p) for p in paths], dask=engine))
        buf = io.StringIO()
        render_json(result.contexts, result.findings, buf, result.problems)
        out.append(json.loads(buf.getvalue()))
    return out


def test_examples_identical_findings_and_documents(client):
    local, dask = both(EXAMPLES, client=client)
    assert local["findings"], "the examples hold findings"
    assert dask == local
    rules = {f["rule"] for f in dask["findings"]}
    assert {"breakdown-sum", "cumulative-decrease", "unused-suppression"} <= rules


def test_series_folder_and_tracker_sheet(client):
    local, dask = both(EXAMPLES / "series", client=client)
    assert dask == local
    assert any(f["path"].endswith("tracker.csv") for f in dask["findings"])
    assert any(f["rule"] == "period-exceeds-cumulative" for f in dask["findings"])


def test_seeds(client):
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not present")
    local, dask = both(seeds, client=client)
    assert dask == local and dask["findings"]


def test_yearless_datelines_take_their_year_from_the_other_reports(client, tmp_path):
    # "Nov 18"/"Nov 19" datelines: the year comes from the dated report beside them, and
    # the running total that goes down between them is found all the same
    for day, total in (("18", "70,353"), ("19", "70,300")):
        (tmp_path / f"report-{day}.txt").write_text(
            f"MOSCOW, Nov {day} (Reuters) - Russian air defences destroyed 31 drones "
            f"overnight, the ministry said. In total, since the start of the special military "
            f"operation, {total} unmanned aerial vehicles have been destroyed.\n"
        )
    (tmp_path / "dated.md").write_text(
        "---\ndate: 2026-11-17\n---\nThe ministry said 70,000 unmanned aerial vehicles had "
        "been destroyed since the start of the special military operation.\n"
    )
    local, dask = both(tmp_path, client=client)
    assert dask == local
    assert "cumulative-decrease" in {f["rule"] for f in dask["findings"]}


def test_unreadable_inputs_are_reported_the_same_way(client, tmp_path):
    (tmp_path / "ok.txt").write_text("Officials said 12 drones were downed: five over Kursk "
                                     "and four over Bryansk.\n")  # fmt: skip
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    local, dask = both(tmp_path, client=client)
    assert dask == local
    assert len(dask["errors"]) == 2


def test_command_line_with_a_local_cluster():
    res = run_cli("check", str(EXAMPLES / "drone-breakdown.txt"), "--dask", "local:1",
                  "--format", "json")  # fmt: skip
    assert res.code == 1, res.err
    assert [f["rule"] for f in res.json()["findings"]] == ["breakdown-sum"]


def test_python_api(client):
    import consistency.dask

    report = consistency.dask.check(EXAMPLES / "drone-breakdown.txt", scheduler=client)
    assert [f.rule for f in report.findings] == ["breakdown-sum"]


def test_bad_scheduler_is_one_clear_line():
    res = run_cli("check", str(EXAMPLES / "drone-breakdown.txt"), "--dask", "local:two")
    assert res.code == 2 and "write local or local:N" in res.err
