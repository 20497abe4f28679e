import { describe, expect, it } from 'vitest';
import { streamEmbed } from './streamEmbed';

describe('streamEmbed', () => {
  it('plays media files and HLS in a video element', () => {
    expect(streamEmbed('https://live.example.cn/hls/wz.m3u8')).toEqual({ kind: 'video', src: 'https://live.example.cn/hls/wz.m3u8' });
    expect(streamEmbed('https://cdn.example.cn/clip.MP4?t=1')).toEqual({ kind: 'video', src: 'https://cdn.example.cn/clip.MP4?t=1' });
  });

  it('frames other https pages', () => {
    expect(streamEmbed('https://tv.example.cn/live/123')).toEqual({ kind: 'iframe', src: 'https://tv.example.cn/live/123' });
  });

  it('only links to http pages, and refuses other schemes', () => {
    expect(streamEmbed('http://tv.example.cn/live')).toEqual({ kind: 'link', href: 'http://tv.example.cn/live' });
    expect(streamEmbed('javascript:alert(1)')).toBeNull();
    expect(streamEmbed('data:text/html,hi')).toBeNull();
    expect(streamEmbed('not a url')).toBeNull();
    expect(streamEmbed(null)).toBeNull();
  });
});
