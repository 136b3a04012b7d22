import { responseBytes } from './service-client.js';

const reply = (packet: Record<string, unknown>) => new TextEncoder().encode(JSON.stringify(packet));
const id = '0b7c2a4e-1d3f-4a5b-8c6d-7e8f9a0b1c2d';

describe('responseBytes', () => {
  it("gives an object's or a list's JSON exactly as the service wrote it, Chinese text included", () => {
    const answer = { name: '九龙街道社工站', items: [{ n: 1 }, null], note: 'a "quoted" ,"isDisposed":true' };
    const bytes = responseBytes(reply({ response: answer, isDisposed: true, id }), id);
    expect(JSON.parse(bytes!.toString())).toEqual(answer);
    expect(JSON.parse(responseBytes(reply({ response: [1, 2], isDisposed: true, id }), id)!.toString())).toEqual([
      1, 2,
    ]);
  });

  it('leaves errors, empty answers, scalars, other ids and other shapes to the parser', () => {
    expect(responseBytes(reply({ err: { code: 'X' }, isDisposed: true, id }), id)).toBeUndefined();
    expect(responseBytes(reply({ isDisposed: true, id }), id)).toBeUndefined();
    expect(responseBytes(reply({ response: 'text', isDisposed: true, id }), id)).toBeUndefined();
    expect(responseBytes(reply({ response: 3, isDisposed: true, id }), id)).toBeUndefined();
    expect(responseBytes(reply({ response: {}, isDisposed: true, id: 'another' }), id)).toBeUndefined();
    expect(responseBytes(reply({ response: {}, id, isDisposed: true }), id)).toBeUndefined();
  });
});
