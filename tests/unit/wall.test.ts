import { describe, expect, it } from 'vitest';
import { crowdedAreas, mapOption, STATUS_SYMBOL, type MapArea } from '../../src/charts/mapOption.ts';
import { cityShapeKey, loadCityShapes } from '../../src/charts/geo/index.ts';
import { DARK_STYLE, LIGHT_STYLE } from '../../src/charts/chartStyle.ts';
import { acceptRefresh, RefreshError } from '../../src/data/reload.ts';
import { sameSource } from '../../src/data/session.ts';
import { emptyReport } from '../../src/data/report.ts';
import { isAllowed, parseAllowList, parseHostMessage } from '../../src/screens/wall/embedApi.ts';
import { rotationClock, rotationTickMs } from '../../src/screens/wall/rotation.ts';
import { backoffDelay, defaultPlaylist, fitCanvas, parsePlaylist, parseWallParams, wallColumns } from '../../src/screens/wall/wallParams.ts';
import { rankingOption } from '../../src/charts/rankingOption.ts';

describe('wall parameters', () => {
  it('reads a playlist of views and drops malformed items', () => {
    expect(parsePlaylist('overview,indicator:fdi,region:taishan')).toEqual([
      { kind: 'overview', id: null },
      { kind: 'indicator', id: 'fdi' },
      { kind: 'region', id: 'taishan' },
    ]);
    expect(parsePlaylist('region:,indicator:a:b,bogus,overview:x,region:<script>,region:泰山')).toEqual([{ kind: 'region', id: '泰山' }]);
    expect(parsePlaylist(null)).toEqual([]);
  });

  it('interval and refresh in seconds, clamped; refresh=0 turns refresh off; test speed only with wallstats', () => {
    const p = parseWallParams('?screen=wall&interval=2&refresh=1');
    expect(p.interval).toBe(5);
    expect(p.refresh).toBe(1);
    expect(parseWallParams('?refresh=0').refresh).toBe(0);
    expect(parseWallParams('?refresh=abc').refresh).toBe(300);
    expect(parseWallParams('?wallspeed=50').speed).toBe(1);
    expect(parseWallParams('?wallstats=1&wallspeed=50').speed).toBe(50);
    expect(parseWallParams('?embed=map').embed).toBe('map');
    expect(parseWallParams('?embed=../x').embed).toBeNull();
  });

  it('the default playlist is the overview, each headline indicator, then each unit', () => {
    expect(defaultPlaylist(['fdi', 'loans'], ['taishan'])).toEqual([
      { kind: 'overview', id: null },
      { kind: 'indicator', id: 'fdi' },
      { kind: 'indicator', id: 'loans' },
      { kind: 'region', id: 'taishan' },
    ]);
  });

  it('fits the 1080-high design canvas to any screen; wider screens get a wider canvas and more panels', () => {
    expect(fitCanvas(1920, 1080)).toEqual({ scale: 1, width: 1920, height: 1080, tier: 'std' });
    expect(fitCanvas(3840, 2160)).toEqual({ scale: 2, width: 1920, height: 1080, tier: 'std' });
    expect(fitCanvas(7680, 2160)).toEqual({ scale: 2, width: 3840, height: 1080, tier: 'wide' });
    expect(fitCanvas(5760, 1080)).toEqual({ scale: 1, width: 5760, height: 1080, tier: 'ultra' });
    // a 4:3 screen: as wide as the design, taller
    expect(fitCanvas(1600, 1200)).toMatchObject({ width: 1920, height: 1440, tier: 'std' });
    const count = (t: 'std' | 'wide' | 'ultra') => wallColumns('overview', t).flatMap((c) => c.panels).length;
    expect(count('std')).toBe(4);
    expect(count('wide')).toBe(6);
    expect(count('ultra')).toBe(6);
    expect(wallColumns('indicator', 'std')[0]!.panels).toEqual(['card']);
  });

  it('backs off after failures: the refresh interval when healthy, doubling from at most 15 s, capped', () => {
    expect(backoffDelay(300, 0)).toBe(300_000);
    expect(backoffDelay(300, 1)).toBe(15_000);
    expect(backoffDelay(300, 2)).toBe(30_000);
    expect(backoffDelay(300, 10)).toBe(600_000);
    expect(backoffDelay(1, 1)).toBe(1000);
    expect(backoffDelay(1, 3)).toBe(4000);
  });
});

describe('embed postMessage API', () => {
  it('accepts well-formed messages only', () => {
    expect(parseHostMessage({ type: 'pace:set', region: 'taishan', indicator: 'fdi', year: 2020, month: 6 })).toEqual({ type: 'pace:set', region: 'taishan', indicator: 'fdi', year: 2020, month: 6 });
    expect(parseHostMessage({ type: 'pace:get' })).toEqual({ type: 'pace:get' });
    expect(parseHostMessage({ type: 'pace:set', month: 13 })).toBeNull();
    expect(parseHostMessage({ type: 'pace:set', region: '<img>' })).toBeNull();
    expect(parseHostMessage('pace:get')).toBeNull();
    expect(parseHostMessage({ type: 'other' })).toBeNull();
  });

  it('the allow-list holds exact origins; anything else allows nothing', () => {
    expect(parseAllowList({ origins: ['https://portal.example.gov.cn', 'http://10.0.0.5:8080/', '*', 'https://a.example/path', 42] })).toEqual(['https://portal.example.gov.cn', 'http://10.0.0.5:8080']);
    expect(parseAllowList(null)).toEqual([]);
    expect(parseAllowList({ origins: '*' })).toEqual([]);
    expect(isAllowed('https://evil.example', ['https://portal.example.gov.cn'], 'http://127.0.0.1')).toBe(false);
    expect(isAllowed('http://127.0.0.1', [], 'http://127.0.0.1')).toBe(true);
  });
});

describe('refresh acceptance', () => {
  const enc = (t: string) => new TextEncoder().encode(t);
  const obs = (v: number) => ({ path: 'obs.csv', hash: String(v), bytes: enc(`indicator_id,region_id,period,value\nfdi,taishan,2020-10,${v}\n`) });
  const failed = (file: string, detail: string) => {
    const r = emptyReport(file, 10);
    r.fileProblem = { code: 'fetch_failed', detail };
    return r;
  };

  it('the same files with the same hashes are no change; a new hash or a new failure is', () => {
    const a = { files: [obs(1)], failed: [] };
    expect(sameSource(a, { files: [obs(1)], failed: [] })).toBe(true);
    expect(sameSource(a, { files: [obs(2)], failed: [] })).toBe(false);
    expect(sameSource(a, { files: [obs(1)], failed: [failed('x.csv', 'HTTP 404')] })).toBe(false);
  });

  it('rejects a new download failure, a size mismatch and an unreadable changed file; accepts readable changes', () => {
    const prev = { files: [obs(1)], failed: [] };
    expect(() => acceptRefresh({ files: [obs(2)], failed: [] }, prev)).not.toThrow();
    const reason = (next: Parameters<typeof acceptRefresh>[0]) => {
      try {
        acceptRefresh(next, prev);
        return null;
      } catch (e) {
        return (e as RefreshError).reason;
      }
    };
    expect(reason({ files: [], failed: [failed('obs.csv', 'HTTP 404')] })).toBe('fetch');
    expect(reason({ files: [], failed: [failed('obs.csv', '10 bytes, the manifest lists 99')] })).toBe('size');
    expect(reason({ files: [{ path: 'obs.csv', hash: '3', bytes: enc('no,header,we,know\n1,2,3,4\n') }], failed: [] })).toBe('bad_file');
    // a failure that was already there before is not a new one
    const still = { files: [obs(1)], failed: [failed('old.csv', 'HTTP 404')] };
    expect(() => acceptRefresh({ files: [obs(2)], failed: [failed('old.csv', 'HTTP 404')] }, still)).not.toThrow();
  });
});

describe('map', () => {
  it('finds the shapes of a Shandong city by name and they hold its six counties', async () => {
    expect(cityShapeKey(['泰安市'])).toBe('tai4_an1');
    expect(cityShapeKey(['Nowhere', '菏泽'])).toBe('he2_ze2');
    expect(cityShapeKey(['山东省'])).toBeNull();
    const geo = await loadCityShapes('tai4_an1');
    expect(geo.features.map((f) => f.properties.name).sort()).toEqual(['东平县', '宁阳县', '岱岳区', '新泰市', '泰山区', '肥城市'].sort());
  });

  const area = (feature: string, anchor: [number, number], size: number, status = 'ahead'): MapArea => ({ feature, label: feature, valueText: '80.0%', status, detail: [], anchor, size });

  it('moves the label of a small area sitting next to a larger one out to the callout column', () => {
    const areas = [area('岱岳区', [117.04, 36.188], 0.3), area('泰山区', [117.135, 36.192], 0.02), area('新泰市', [117.768, 35.909], 0.4), area('宁阳县', [116.806, 35.759], 0.2)];
    expect([...crowdedAreas(areas)]).toEqual(['泰山区']);
    const opt = mapOption({ mapName: 'm', areas, markers: [] }, LIGHT_STYLE) as {
      geo: { regions: { name: string; label?: { show: boolean } }[] };
      series: { data: { name: string }[] }[];
    };
    expect(opt.geo.regions.find((r) => r.name === '泰山区')!.label).toEqual({ show: false });
    expect(opt.series[0]!.data.map((d) => d.name)).toEqual(['泰山区']);
  });

  it('markers carry the status shape and escaped text; areas their status colour', () => {
    const opt = mapOption(
      {
        mapName: 'm',
        areas: [area('宁阳县', [116.8, 35.7], 0.2, 'far_behind')],
        markers: [{ label: 'Zone {a|b}', lon: 117, lat: 36, valueText: '91.0%', status: 'ahead', detail: [] }],
      },
      LIGHT_STYLE,
    ) as { geo: { regions: { itemStyle: { areaColor: string } }[] }; series: { data: { symbol: string; label: { formatter: string } }[] }[] };
    expect(opt.geo.regions[0]!.itemStyle.areaColor).toBe(LIGHT_STYLE.map.fill.far_behind);
    expect(opt.series[0]!.data[0]!.symbol).toBe(STATUS_SYMBOL.ahead);
    expect(opt.series[0]!.data[0]!.label.formatter).toBe('▲ Zone ｛a｜b｝  91.0%');
  });

  it('one ranking builder draws the desk and the wall: the theme gives the colours and cuts long names only on the wall', () => {
    const input = {
      items: [{ name: '县行政审批服务局', value: 0.5, expected: 0.8, status: 'far_behind', detail: [] }],
      paceLabel: '序时进度',
      formatRatio: (v: number | null) => String(v),
    };
    type Opt = { series: { itemStyle?: { color: string }; data: ({ itemStyle?: { color: string } } | null)[] }[]; yAxis: { axisLabel: { width?: number; overflow?: string } } };
    const wall = rankingOption(input, DARK_STYLE) as unknown as Opt;
    const desk = rankingOption(input, LIGHT_STYLE) as unknown as Opt;
    expect(wall.series[0]!.data[0]!.itemStyle!.color).toBe('#ff4d5e');
    expect(desk.series[0]!.data[0]!.itemStyle!.color).toBe('#b8322a');
    expect(wall.series[1]!.itemStyle!.color).toBe('#ff9a3c');
    expect(desk.series[1]!.itemStyle!.color).toBe('#e07b00');
    // 18 px × 9 characters on the wall; the desk shows the whole name
    expect(wall.yAxis.axisLabel).toMatchObject({ width: 162, overflow: 'truncate' });
    expect(desk.yAxis.axisLabel.overflow).toBeUndefined();
  });
});

describe('the wall turns the page once the page has drawn', () => {
  it('rotates after the interval, holds a page still drawing, and lets a page that never draws go after three intervals', () => {
    // 20 s a page, a tick a second
    const clock = rotationClock(20_000, rotationTickMs(20_000));
    const run = (ticks: number, drawing: boolean) => Array.from({ length: ticks }, () => clock.tick(drawing));
    expect(run(19, false).every((s) => s === 'stay')).toBe(true);
    expect(clock.tick(false)).toBe('rotate');
    // the next page is still drawing at its 20th second: held for 5 more ticks, turned at the first drawn tick
    run(19, true);
    expect(run(5, true)).toEqual(['hold', 'hold', 'hold', 'hold', 'hold']);
    expect(clock.tick(false)).toBe('rotate');
    // a page that never draws: held from 20 s up to 60 s (3 × 20), then let go
    const held = run(60, true);
    expect(held.filter((s) => s === 'hold').length).toBe(40);
    expect(held.at(-1)).toBe('rotate');
  });

  it('ticks the whole interval when it is shorter than a second', () => {
    const clock = rotationClock(500, rotationTickMs(500));
    expect([clock.tick(false), clock.tick(true), clock.tick(true), clock.tick(true)]).toEqual(['rotate', 'hold', 'hold', 'rotate']);
  });
});
