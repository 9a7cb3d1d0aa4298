"""Runs scripts/distributed/dask_lint.py's tasks on a LocalCluster of two
worker processes, with one worker killed (SIGKILL) in the middle of a task,
and prints what the test compares: the merged answers, the single-process
answers, the counts and every attempt made.

usage: python3 kill_worker.py WORKDIR REPLY_LINT_COMMAND VICTIM_PARTITION
WORKDIR holds the partitions as part-*.jsonl in parts/.
"""
import json
import os
import signal
import sys

here = os.path.dirname(os.path.abspath(__file__))
recipe = os.path.join(here, '..', '..', 'scripts', 'distributed')
sys.path.insert(0, recipe)
# Worker processes import the recipe module by name, as a cluster's workers
# would have it installed.
os.environ['PYTHONPATH'] = recipe + os.pathsep + os.environ.get('PYTHONPATH', '')

import dask_lint  # noqa: E402


def main():
    workdir, command, victim = sys.argv[1], sys.argv[2], int(sys.argv[3])
    attempts_dir = os.path.join(workdir, 'attempts')
    os.makedirs(attempts_dir, exist_ok=True)

    def dies_once(index, path, output_dir, command, cwd):
        # Each attempt leaves a mark, so the test sees who ran what.
        with open(os.path.join(attempts_dir, '%d-%d' % (index, os.getpid())), 'w'):
            pass
        marker = os.path.join(attempts_dir, 'killed')
        if index == victim and not os.path.exists(marker):
            open(marker, 'w').close()
            # Half an output file, as a worker dying while writing leaves it.
            with open(dask_lint.output_name(output_dir, index) + '.%d.tmp' % os.getpid(), 'w') as partial:
                partial.write('{"line":1,')
            os.kill(os.getpid(), signal.SIGKILL)
        return dask_lint.lint_partition(index, path, output_dir, command, cwd)

    from dask.distributed import Client, LocalCluster

    paths = dask_lint.partitions_of([os.path.join(workdir, 'parts')])
    output_dir = os.path.join(workdir, 'out')
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        counts = dask_lint.lint_corpus(client, paths, output_dir, command, task=dies_once)
    finally:
        client.close()
        cluster.close()
    merged = os.path.join(workdir, 'merged.jsonl')
    dask_lint.merge(output_dir, counts, merged)
    print(json.dumps({
        'summary': dask_lint.summary(counts),
        'attempts': sorted(n for n in os.listdir(attempts_dir) if n != 'killed'),
        'outputs': sorted(os.listdir(output_dir)),
        'merged': merged,
    }))


if __name__ == '__main__':
    main()
