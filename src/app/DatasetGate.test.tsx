import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderWithClient, stubFetch } from '../testing/render';
import { fixtureDataset } from '../testing/fixture-dataset';
import { DatasetGate } from './DatasetGate';

function renderGate() {
  return renderWithClient(
    <DatasetGate url="/dataset.json">{(data) => <p>{data.events.length} events loaded</p>}</DatasetGate>,
  );
}

test('shows a loading state, then the data', async () => {
  stubFetch(JSON.stringify(fixtureDataset()));
  renderGate();
  expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');
  expect(await screen.findByText('4 events loaded')).toBeInTheDocument();
});

test.each([
  ['a missing file', 'Not found', 404, /could not be loaded \(HTTP 404\)/],
  ['a truncated file', '{"format": "istanbul-talks-2025/dataset", "events": [', 200, /not valid JSON/],
  ['a file that is not JSON', '<!doctype html><p>hello</p>', 200, /not valid JSON/],
  [
    'a file in another format',
    JSON.stringify({ format: 'something-else' }),
    200,
    /does not match its published format/,
  ],
])('explains %s and offers a retry that recovers', async (_case, body, status, message) => {
  stubFetch(body, { status });
  const { user } = renderGate();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(message);

  stubFetch(JSON.stringify(fixtureDataset()));
  await user.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText('4 events loaded')).toBeInTheDocument();
});

test('names the JSON path of a schema problem', async () => {
  const broken = fixtureDataset();
  broken.events[1]!.date = 'last spring';
  stubFetch(JSON.stringify(broken));
  renderGate();
  expect(await screen.findByRole('alert')).toHaveTextContent('$.events.1.date: "last spring" has no entry in `dates`');
});
