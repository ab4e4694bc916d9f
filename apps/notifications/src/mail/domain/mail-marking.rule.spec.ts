import { highestMarking, isSentAsNotice, markedSubject } from './mail-marking.rule';

describe('e-mail markings', () => {
  it('redAndAmberStrict_AreSentAsNotices_TheOthersInFull', () => {
    expect(isSentAsNotice('TLP:RED')).toBe(true);
    expect(isSentAsNotice('TLP:AMBER+STRICT')).toBe(true);
    for (const m of ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER'] as const) expect(isSentAsNotice(m)).toBe(false);
  });

  it('highestMarking_IsTheMostRestrictive', () => {
    expect(highestMarking(['TLP:GREEN', 'TLP:CLEAR'])).toBe('TLP:GREEN');
    expect(highestMarking(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:GREEN'])).toBe('TLP:AMBER+STRICT');
    expect(() => highestMarking([])).toThrow(RangeError);
  });

  it('markedSubject_PutsTheLabelFirst', () => {
    expect(markedSubject('TLP:AMBER', 'Session 9')).toBe('[TLP:AMBER] Session 9');
  });
});
