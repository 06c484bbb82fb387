import { TextField } from '../../ui/FormFields';

/** A user's name and e-mail as a form holds them. */
export interface NameAndEmail {
  readonly displayName: string;
  readonly email: string;
}

/** A user's name and e-mail: of a new user and of one being changed alike. */
export function NameAndEmailFields({
  idPrefix,
  draft,
  errors,
  onChange,
}: {
  /** 'new-user' gives the fields new-user-name and new-user-email. */
  readonly idPrefix: string;
  readonly draft: NameAndEmail;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (patch: Partial<NameAndEmail>) => void;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label="Namn"
        value={draft.displayName}
        error={errors.displayName}
        required
        onChange={(displayName) => {
          onChange({ displayName });
        }}
      />
      <TextField
        id={`${idPrefix}-email`}
        label="E-post"
        value={draft.email}
        error={errors.email}
        onChange={(email) => {
          onChange({ email });
        }}
      />
    </>
  );
}
