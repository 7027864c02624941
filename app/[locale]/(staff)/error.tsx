'use client';

export { ErrorMessage as default } from '@/components/ErrorMessage';
