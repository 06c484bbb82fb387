import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { signInAs } from '../../support/http-session';
import { parsed, post, stateOf, type Row, type Setup } from './setup';

/**
 * Internkontroll: a risk, a factor and a control of 2030 (a year the demo has nothing for) and
 * their follow-ups, the analysis of 2031 started from it, a sample drawn, and an item of the
 * demo's sample reviewed by its reviewer (the enhetschef of 8113).
 */

const YEAR = 2030;

const demoSampleId = async (setup: Setup): Promise<string> => {
  const row = await setup.api.database.db
    .selectFrom('sample')
    .select('id')
    .where('municipality_id', '=', setup.api.ids.municipalityId)
    .where('seed', '=', 'september 2023')
    .executeTakeFirstOrThrow();
  return row.id;
};

export const INTERNAL_CONTROL_ROWS = {
  saveRisk: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(async () => {
        const response = await post(setup.controller, setup.url('saveRisk'), {
          id: null,
          year: YEAR,
          name: 'Bristande dokumentation',
          description: 'Beslut dokumenteras inte i journalen.',
          area: 'Handläggning',
          likelihood: 3,
          impact: 2,
          treatment: 'control_plan',
          treatmentText: null,
          owner: 'Avdelningschef',
          baseRevision: null,
        })();
        if (response.statusCode === 200) {
          setup.state.set('risk', ALL_ENDPOINTS.saveRisk.response.parse(response.json()).id);
        }
        return response;
      }),
  },
  startRiskAnalysis: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(post(setup.controller, setup.url('startRiskAnalysis'), { fromYear: YEAR })),
  },
  saveCriticalFactor: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(async () => {
        const response = await post(setup.controller, setup.url('saveCriticalFactor'), {
          id: null,
          year: YEAR,
          perspective: 'operations',
          text: 'Rättssäker handläggning',
          riskIds: [stateOf(setup, 'risk')],
          baseRevision: null,
        })();
        if (response.statusCode === 200) {
          setup.state.set(
            'factor',
            ALL_ENDPOINTS.saveCriticalFactor.response.parse(response.json()).id,
          );
        }
        return response;
      }),
  },
  saveCriticalFactorFollowUp: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(
          setup.controller,
          setup.url('saveCriticalFactorFollowUp', { criticalFactorId: stateOf(setup, 'factor') }),
          { reportMonth: 8, text: 'Följs upp i delåret.', baseRevision: null },
        ),
      ),
  },
  saveControl: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(async () => {
        const response = await post(setup.controller, setup.url('saveControl'), {
          id: null,
          year: YEAR,
          riskId: stateOf(setup, 'risk'),
          checkpoint: 'Att beslut dokumenteras',
          method: 'Stickprov',
          frequency: 'Del- och årsbokslut',
          followUpWhen: 'Del- och årsbokslut',
          responsible: 'Enhetschefer',
          baseRevision: null,
        })();
        if (response.statusCode === 200) {
          setup.state.set('control', ALL_ENDPOINTS.saveControl.response.parse(response.json()).id);
        }
        return response;
      }),
  },
  saveControlFollowUp: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(
          setup.controller,
          setup.url('saveControlFollowUp', { controlId: stateOf(setup, 'control') }),
          {
            reportMonth: 8,
            result: 'Genomförd utan anmärkning.',
            actions: '',
            signal: 'done_ok',
            baseRevision: null,
          },
        ),
      ),
  },
  drawSample: {
    changes: 'data',
    request: (setup) =>
      Promise.resolve(
        post(setup.controller, setup.url('drawSample'), {
          population: 'access_log',
          from: '2023-09-11',
          to: '2023-09-17',
          size: 5,
          seed: 'vecka 37',
          controlId: null,
          reviewerOrgUnitId: null,
        }),
      ),
  },
  reviewSampleItem: {
    changes: 'data',
    request: async (setup) => {
      const sampleId = await demoSampleId(setup);
      const unitHead = await signInAs(setup.api.app, 'enhetschef');
      const { items } = await parsed(
        unitHead({ method: 'GET', url: setup.url('getSample', { sampleId }) }),
        ALL_ENDPOINTS.getSample.response,
      );
      const item = items.find((candidate) => candidate.verdict === null);
      if (!item) throw new Error('The demo sample has no item left to review');
      return post(
        unitHead,
        setup.url('reviewSampleItem', { sampleId, position: String(item.position) }),
        { verdict: 'ok', comment: '', baseRevision: item.revision },
      );
    },
  },
} satisfies Partial<Record<EndpointName, Row>>;
