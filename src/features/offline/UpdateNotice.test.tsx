import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { UpdateNotice } from './UpdateNotice';

test('says nothing while the cached record is the newest', () => {
  render(<UpdateNotice needRefresh={false} onReload={() => {}} />);
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  expect(screen.queryByText(/newer version/)).not.toBeInTheDocument();
});

test('offers a reload when a newer record is waiting, and hands over to it on request', async () => {
  const user = userEvent.setup();
  const onReload = vi.fn();
  render(<UpdateNotice needRefresh onReload={onReload} />);
  expect(screen.getByText(/A newer version of the record is available —/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Reload' }));
  expect(onReload).toHaveBeenCalledTimes(1);
});
