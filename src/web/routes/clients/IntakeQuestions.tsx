// An intake form rendered from its definition: every question type, each with its label, for the
// therapist's client page and the client's portal alike. The body-area map is a checklist of areas
// grouped by region (a fieldset per region), which works with the keyboard and a screen reader.
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { bodyRegions } from '../../../contracts/body-areas.ts';
import type {
  IntakeAnswer,
  IntakeAnswers,
  IntakeDefinition,
  IntakeQuestion,
  IntakeSimpleQuestion,
} from '../../api/intake.ts';
import { ApiError, messageOf } from '../../api/http.ts';
import { FormAlert } from '../../components/FormAlert.tsx';

type Errors = Record<string, string>;
type SimpleAnswer = string | number | string[];

function BodyAreas({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
}) {
  return (
    <Fieldset legend={label} variant="unstyled" aria-invalid={error ? true : undefined}>
      <Stack gap="xs">
        {bodyRegions.map((region) => (
          <Checkbox.Group
            key={region.id}
            label={region.words}
            value={value.filter((id) => region.areas.some((area) => area.id === id))}
            onChange={(picked) =>
              onChange([...value.filter((id) => !region.areas.some((area) => area.id === id)), ...picked])
            }
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} mt={4}>
              {region.areas.map((area) => (
                <Checkbox key={area.id} value={area.id} label={area.words} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        ))}
        {error && (
          <Text size="xs" c="red">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

function SimpleField({
  question,
  value,
  onChange,
  error,
}: {
  question: IntakeSimpleQuestion;
  value: IntakeAnswer | undefined;
  onChange: (next: SimpleAnswer | undefined) => void;
  error?: string | undefined;
}) {
  const common = { label: question.words, description: question.help, required: question.required, error };
  switch (question.type) {
    case 'text':
      return question.long ? (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      ) : (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'scale':
      return (
        <NumberInput
          {...common}
          description={[
            question.help,
            `${question.min}${question.minWords ? ` = ${question.minWords}` : ''}, ${question.max}${question.maxWords ? ` = ${question.maxWords}` : ''}`,
          ]
            .filter(Boolean)
            .join('. ')}
          min={question.min}
          max={question.max}
          allowDecimal={false}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
          maw={200}
        />
      );
    case 'body-areas':
      return (
        <BodyAreas label={question.words} value={Array.isArray(value) ? value : []} onChange={onChange} error={error} />
      );
    case 'choice':
      return question.multiple ? (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Checkbox key={option.id} value={option.id} label={option.words} />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Radio.Group {...common} value={typeof value === 'string' ? value : ''} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Radio key={option.id} value={option.id} label={option.words} />
            ))}
          </Stack>
        </Radio.Group>
      );
  }
}

function QuestionField({
  question,
  answers,
  setAnswer,
  errors,
}: {
  question: IntakeQuestion;
  answers: IntakeAnswers;
  setAnswer: (id: string, next: IntakeAnswer | undefined) => void;
  errors: Errors;
}) {
  if (question.type !== 'yes-no')
    return (
      <SimpleField
        question={question}
        value={answers[question.id]}
        onChange={(next) => setAnswer(question.id, next)}
        error={errors[question.id]}
      />
    );
  const answer = answers[question.id];
  const yesNo = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : undefined;
  return (
    <Stack gap="xs">
      <Radio.Group
        label={question.words}
        description={question.help}
        required={question.required}
        error={errors[question.id]}
        value={yesNo ? (yesNo.yes ? 'yes' : 'no') : ''}
        onChange={(next) =>
          setAnswer(
            question.id,
            next === 'yes'
              ? { yes: true, ...(yesNo?.followUp !== undefined ? { followUp: yesNo.followUp } : {}) }
              : { yes: false },
          )
        }
      >
        <Group gap="lg" mt={6}>
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </Group>
      </Radio.Group>
      {yesNo?.yes && question.followUp && (
        <Stack pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          <SimpleField
            question={question.followUp}
            value={yesNo.followUp}
            onChange={(next) =>
              setAnswer(question.id, next === undefined ? { yes: true } : { yes: true, followUp: next })
            }
            error={errors[`${question.id}.followUp`]}
          />
        </Stack>
      )}
    </Stack>
  );
}

/** The whole form; `onSubmit` gets the answers (empty ones left out) and may throw an ApiError naming a question. */
export function IntakeQuestions({
  definition,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  saving,
}: {
  definition: IntakeDefinition;
  initial: IntakeAnswers;
  submitLabel: string;
  onSubmit: (answers: IntakeAnswers) => Promise<unknown>;
  onCancel?: () => void;
  saving: boolean;
}) {
  const [answers, setAnswers] = useState<IntakeAnswers>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const setAnswer = (id: string, next: IntakeAnswer | undefined) =>
    setAnswers((current) => {
      const { [id]: _, ...rest } = current;
      return next === undefined ? rest : { ...rest, [id]: next };
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    try {
      await onSubmit(answers);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      setErrors(Object.fromEntries(fields.map((f) => [f.field.replace(/^answers\./, ''), f.message])));
      setProblem(messageOf(error));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={definition.title}>
      <Stack gap="lg">
        {definition.sections.map((section) => (
          <Stack key={section.id} component="fieldset" gap="md" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} size="h5" component="legend">
              {section.title}
            </Title>
            {section.intro && (
              <Text size="sm" c="dimmed">
                {section.intro}
              </Text>
            )}
            {section.questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                answers={answers}
                setAnswer={setAnswer}
                errors={errors}
              />
            ))}
          </Stack>
        ))}
        <FormAlert message={problem} />
        <Group gap="xs">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
