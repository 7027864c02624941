export type CardText = { title: string; why: string; how: string };

export type CreatorState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: Record<string, string>; values: Record<string, string> }
  | {
      status: 'created';
      id: number;
      sentTo?: string;
      sendFailed?: boolean;
      url: string;
      address: string;
      code: string;
      qrSvg: string;
      expires: string;
      language: 'da' | 'en';
      card: { first: CardText; second: CardText };
    };
