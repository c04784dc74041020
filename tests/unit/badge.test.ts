import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../settings/badge';

describe('the toolbar badge', () => {
  it('says off, the number of terms, or nothing', () => {
    expect(badgeFor({ status: 'off', terms: 12 })?.text).toBe('off');
    expect(badgeFor({ status: 'ready', terms: 12 })?.text).toBe('12');
    expect(badgeFor({ status: 'ready', terms: 140 })?.text).toBe('99+');
    expect(badgeFor({ status: 'ready', terms: 0 })?.text).toBe('');
  });
});
