/**
 * Adds or edits one of the reader's own terms. Messages sit next to the field they are about; the
 * same checks as an import (checkUserTerm, findDuplicateNames) decide what can be saved.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { aliasKey } from '@/dictionary/schema';
import { ownTerms, readSetting } from '@/settings/registry';
import { USER_TERM_LIMITS, checkUserTerm, findDuplicateNames, nameSlug, type UserTerm } from '@/settings/user-terms';

interface Fields {
  term: string;
  aliases: string;
  explanation: string;
}
type Errors = Partial<Record<keyof Fields | 'form', string>>;

const EMPTY: Fields = { term: '', aliases: '', explanation: '' };

const namesOf = (t: UserTerm) => [t.term, ...t.aliases];
/** How findDuplicateNames compares names. */
const nameKey = (name: string) => aliasKey(name).toLowerCase();

/** The saved list with `fields` saved in place of `editingId` (or added), or what is wrong. */
function validate(
  fields: Fields,
  saved: UserTerm[],
  editingId: string | undefined,
): { list: UserTerm[]; term: UserTerm } | Errors {
  // Empty fields get their own words: checkUserTerm's messages are written for import files.
  const errors: Errors = {};
  if (!fields.term.trim()) errors.term = 'Enter the term.';
  if (!fields.explanation.trim()) errors.explanation = 'Enter an explanation.';
  if (errors.term || errors.explanation) return errors;

  const aliases = fields.aliases
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  // An edited term keeps its id (highlights stay the same); a new one gets a new random id.
  const checked = checkUserTerm(
    { term: fields.term, aliases, explanation: fields.explanation },
    'This term',
    editingId,
  );
  if (!checked.ok) return { form: checked.error };
  const term: UserTerm = { ...checked.value, updated: Date.now() };
  if (editingId === undefined && saved.length >= USER_TERM_LIMITS.count)
    return {
      form: `You have ${saved.length.toLocaleString('en')} terms, the most MedGloss keeps. Delete one to add another.`,
    };

  const others = saved.filter((t) => t.id !== editingId);
  // Two terms whose names differ only in punctuation clash; say which one.
  const sameId = others.find((t) => nameSlug(t.term) === nameSlug(term.term));
  if (sameId) return { term: `You already have a term named “${sameId.term}”.` };
  const duplicate = findDuplicateNames([...others, term]);
  if (duplicate) {
    const keys = new Set(namesOf(term).map(nameKey));
    const owner = others.find((t) => namesOf(t).some((n) => keys.has(nameKey(n))));
    const message = `${duplicate[0].toUpperCase()}${duplicate.slice(1)} among your terms${owner ? ` (“${owner.term}” already uses it)` : ''}.`;
    if (!owner) return { form: message }; // an old clash among the saved terms, not this one's
    return namesOf(owner).some((n) => nameKey(n) === nameKey(term.term)) ? { term: message } : { aliases: message };
  }
  const at = editingId === undefined ? -1 : saved.findIndex((t) => t.id === editingId);
  const list = at < 0 ? [...saved, term] : saved.map((t, i) => (i === at ? term : t));
  return { list, term };
}

export function UserTermForm({
  editing,
  prefill,
  onSaved,
  onCancel,
  onRefused,
}: {
  editing?: UserTerm;
  /** A term to start a new entry with (text the reader chose on a page). */
  prefill?: string;
  onSaved: (term: UserTerm) => void;
  onCancel?: () => void;
  /** Called when a save is refused, so that an earlier "Added" message does not stand beside the error. */
  onRefused?: () => void;
}) {
  const id = useId();
  const [fields, setFields] = useState<Fields>(
    editing
      ? { term: editing.term, aliases: editing.aliases.join(', '), explanation: editing.explanation }
      : { ...EMPTY, term: prefill?.slice(0, USER_TERM_LIMITS.term) ?? '' },
  );
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const termInput = useRef<HTMLInputElement>(null);
  const explanationInput = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (editing) termInput.current?.focus();
    else if (prefill) explanationInput.current?.focus(); // the term is there; what it means is what is missing
  }, []);

  const field = (name: keyof Fields) => ({
    id: `${id}-${name}`,
    value: fields[name],
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
    onInput: (event: Event) => {
      setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value });
      // A message about this field (or the whole form) is stale once the reader changes it.
      if (errors[name] || errors.form) setErrors(({ [name]: _field, form: _form, ...rest }) => rest);
    },
  });
  const message = (name: keyof Fields) =>
    errors[name] && (
      <p id={`${id}-${name}-error`} class="field-error">
        {errors[name]}
      </p>
    );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      // Read afresh, so a change made meanwhile in another options page is not overwritten.
      const result = validate(fields, await readSetting(ownTerms), editing?.id);
      if (!('list' in result)) {
        setErrors(result);
        onRefused?.();
        document
          .getElementById(`${id}-${result.term ? 'term' : result.explanation ? 'explanation' : 'aliases'}`)
          ?.focus();
        return;
      }
      await ownTerms.item.setValue(result.list);
      setErrors({});
      if (!editing) setFields(EMPTY);
      termInput.current?.focus();
      onSaved(result.term);
    } catch (error) {
      setErrors({ form: `Could not save: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="term-form"
      onSubmit={(event) => void submit(event)}
      aria-label={editing ? `Edit “${editing.term}”` : 'Add a term'}
      noValidate
    >
      <div class="field">
        <label for={`${id}-term`}>Term</label>
        <input ref={termInput} type="text" maxLength={USER_TERM_LIMITS.term} autocomplete="off" {...field('term')} />
        {message('term')}
      </div>
      <div class="field">
        <label for={`${id}-aliases`}>Other names</label>
        <input type="text" autocomplete="off" placeholder="Separated by commas" {...field('aliases')} />
        {message('aliases')}
      </div>
      <div class="field">
        <label for={`${id}-explanation`}>Explanation</label>
        <textarea ref={explanationInput} rows={3} maxLength={USER_TERM_LIMITS.explanation} {...field('explanation')} />
        <span class="hint counter">
          {fields.explanation.length}/{USER_TERM_LIMITS.explanation}
        </span>
        {message('explanation')}
      </div>
      {errors.form && (
        <p class="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {editing ? 'Save' : 'Add term'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
