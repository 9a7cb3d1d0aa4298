#!/usr/bin/env python3
"""Lint a partitioned JSONL corpus on a Dask cluster.

Each partition (one JSONL file, as a Spark or Hadoop job leaves them) is one
Dask task, which pipes the partition through `reply-lint --stream`: the same
contract as Spark's RDD.pipe and Hadoop Streaming. A task writes its answers
to a temporary file and renames it into place, so a task that is run again
(its worker died, or it failed and was retried) replaces its output instead
of adding to it. The merge concatenates the outputs in partition order and
renumbers `line` to count across the whole corpus, which makes the merged
file byte for byte what one `reply-lint --stream` over the partitions, in the
same order, would print.

    python3 dask_lint.py part-*.jsonl --output-dir out/ --merge out/all.jsonl
    python3 dask_lint.py parts/ --scheduler tcp://10.0.0.5:8786 --output-dir /shared/out

Without --scheduler it starts a LocalCluster on this machine (--workers N).
Workers must be able to read the partitions and write --output-dir (shared
storage on a real cluster), and run --command.
"""
import argparse
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

# reply-lint --stream exits 0 (clean or within --max-warnings), 1 (too many
# warnings or errors) or 2 (some lines could not be linted, answered in place
# with "error"): each of these answered every line. Anything else is a crash.
ANSWERED_EXIT_CODES = {0, 1, 2}

LINE_NUMBER = re.compile(rb'^\{"line":(\d+)')


def partitions_of(inputs):
    """The partition files in order: files as given, a folder's *.jsonl sorted by name."""
    paths = []
    for item in inputs:
        if os.path.isdir(item):
            paths.extend(sorted(glob.glob(os.path.join(item, '*.jsonl'))))
        else:
            paths.append(item)
    return [os.path.abspath(p) for p in paths]


def output_name(output_dir, index):
    return os.path.join(output_dir, 'part-%05d.jsonl' % index)


def lint_partition(index, path, output_dir, command, cwd=None):
    """Runs one partition through reply-lint --stream; returns its counts.

    Runs on a worker. The output appears under its final name only once
    complete, so a killed attempt leaves at most a temporary file behind.
    """
    with open(path, 'rb') as source:
        data = source.read()
    # A partition that does not end its last line would have it glued to the
    # next partition's first line in a single-process run over the
    # concatenation; each partition is linted as a whole file of lines.
    if data and not data.endswith(b'\n'):
        data += b'\n'
    expected = data.count(b'\n')
    run = subprocess.run(shlex.split(command), input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    if run.returncode not in ANSWERED_EXIT_CODES:
        raise RuntimeError('%s: reply-lint exited with %s: %s' % (path, run.returncode, run.stderr.decode(errors='replace')[:500]))
    answered = run.stdout.count(b'\n')
    if answered != expected:
        raise RuntimeError('%s: %d lines in, %d answers out' % (path, expected, answered))
    final = output_name(output_dir, index)
    handle, temporary = tempfile.mkstemp(prefix=os.path.basename(final) + '.', suffix='.tmp', dir=output_dir)
    with os.fdopen(handle, 'wb') as out:
        out.write(run.stdout)
    os.replace(temporary, final)
    counts = {'partition': index, 'path': path, 'lines': expected, 'errors': 0, 'warnings': 0, 'failed': 0}
    for line in run.stdout.splitlines():
        result = json.loads(line)
        counts['errors'] += result.get('errorCount', 0)
        counts['warnings'] += result.get('warningCount', 0)
        counts['failed'] += 'error' in result
    return counts


def merge(output_dir, counts, merged_path):
    """Concatenates the partitions' answers in order, numbering lines across the corpus."""
    offset = 0
    with open(merged_path, 'wb') as merged:
        for c in sorted(counts, key=lambda c: c['partition']):
            with open(output_name(output_dir, c['partition']), 'rb') as part:
                for line in part:
                    merged.write(LINE_NUMBER.sub(lambda m: b'{"line":%d' % (int(m.group(1)) + offset), line, count=1))
            offset += c['lines']


def remove_leftovers(output_dir):
    """Temporary files of attempts that died before renaming their output."""
    for leftover in glob.glob(os.path.join(output_dir, 'part-*.jsonl.*.tmp')):
        os.remove(leftover)


def lint_corpus(client, paths, output_dir, command, cwd=None, task=lint_partition, retries=2):
    """Submits one task per partition and waits for all; returns their counts in order."""
    os.makedirs(output_dir, exist_ok=True)
    futures = [
        client.submit(task, i, p, output_dir, command, cwd, key='reply-lint-part-%05d' % i, retries=retries, pure=False)
        for i, p in enumerate(paths)
    ]
    counts = client.gather(futures)
    remove_leftovers(output_dir)
    return sorted(counts, key=lambda c: c['partition'])


def summary(counts):
    return {
        'partitions': len(counts),
        'lines': sum(c['lines'] for c in counts),
        'errors': sum(c['errors'] for c in counts),
        'warnings': sum(c['warnings'] for c in counts),
        'failedLines': sum(c['failed'] for c in counts),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description='Lint partitioned JSONL replies with reply-lint --stream on a Dask cluster.')
    parser.add_argument('inputs', nargs='+', help='partition files, or folders of *.jsonl partitions')
    parser.add_argument('--output-dir', required=True, help='where each partition\'s answers go (part-NNNNN.jsonl)')
    parser.add_argument('--merge', metavar='FILE', help='also write all answers, in order, to FILE')
    parser.add_argument('--scheduler', help='address of a running Dask scheduler; default: a LocalCluster')
    parser.add_argument('--workers', type=int, default=2, help='LocalCluster workers (default 2)')
    parser.add_argument('--command', default='npx --no-install reply-lint --stream --max-warnings -1',
                        help='the reply-lint command each task runs (default: %(default)s)')
    parser.add_argument('--cwd', default=os.getcwd(), help='folder the command runs in (default: this one)')
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    paths = partitions_of(args.inputs)
    if not paths:
        print('dask_lint: no partitions in %s' % ' '.join(args.inputs), file=sys.stderr)
        return 2
    output_dir = os.path.abspath(args.output_dir)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        counts = lint_corpus(client, paths, output_dir, args.command, args.cwd)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if args.merge:
        merge(output_dir, counts, args.merge)
    totals = summary(counts)
    print(json.dumps(totals))
    return 2 if totals['failedLines'] else 0


if __name__ == '__main__':
    sys.exit(main())
