// schema.org JobPosting for a job post, so search engines' job listings find it
// (https://schema.org/JobPosting). Only facts the post states are claimed.
import type { Opportunity } from '../../../contracts/opportunities.ts';

// schema.org's unitText for baseSalary's QuantitativeValue.
const unitText: Record<string, string> = {
  hour: 'HOUR',
  session: 'HOUR',
  day: 'DAY',
  week: 'WEEK',
  month: 'MONTH',
  year: 'YEAR',
  once: 'YEAR',
};

export function jobPostingJsonLd(post: Opportunity, pageUrl: string) {
  const details = post.details as { employment?: string; organization?: string; hours?: string };
  const [city, region] = (post.place ?? '').split(', ');
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: post.title,
    description: post.description,
    url: pageUrl,
    datePosted: post.createdAt.slice(0, 10),
    validThrough: `${post.expiresOn}T23:59:59`,
    employmentType: details.employment === 'contractor' ? 'CONTRACTOR' : 'FULL_TIME',
    workHours: details.hours,
    hiringOrganization: {
      '@type': 'Organization',
      name: details.organization || post.author?.displayName || 'A Kneadwork member',
    },
    jobLocationType: post.remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: post.remote && !post.postalCode ? { '@type': 'Country', name: 'US' } : undefined,
    jobLocation: post.postalCode
      ? {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            postalCode: post.postalCode,
            addressLocality: city || undefined,
            addressRegion: region || undefined,
            addressCountry: /^\d/.test(post.postalCode) ? 'US' : 'CA',
          },
        }
      : undefined,
    baseSalary: post.pay
      ? {
          '@type': 'MonetaryAmount',
          currency: post.pay.currency,
          value: { '@type': 'QuantitativeValue', value: post.pay.amountCents / 100, unitText: unitText[post.pay.per] },
        }
      : undefined,
  };
}
