/** The partner's own certificate page (upload, re-upload, download) and the shared certificate bits. */
export const certificates = {
  nav: 'Certificates',
  card: {
    title: 'Certificates',
    description:
      'Upload your CA-signed certificate, see when it ends, and download it or the PMS-signed one.',
  },
  title: 'Partner certificates',
  intro:
    'One certificate per partner ID. PMS checks it against the trust store and signs its own copy for MOSIP.',
  no_partner: 'You have no partner yet. Register a partner first, then upload its certificate here.',
  card_title: 'Partner {{partnerId}}',
  deactivated_note:
    'This partner was deactivated by the administrator: upload and download are not available.',
  fields: {
    partner_id: 'Partner ID',
    partner_type: 'Partner type',
    domain: 'Partner domain',
    status: 'Certificate status',
    issued_to: 'Issued to',
    issuer: 'Issued by',
    issuer_unknown: 'Not available',
    uploaded_at: 'Uploaded on',
    expires_at: 'Expires on',
  },
  expiry: {
    valid: 'Valid',
    expiring: 'Expires soon',
    expired: 'Expired',
    expiring_text: 'Days left: {{count}}. Upload a renewed certificate before then.',
    expired_text: 'This certificate has ended. Upload a valid certificate.',
  },
  actions: {
    upload: 'Upload certificate',
    reupload: 'Re-upload certificate',
    download_original: 'Download original certificate',
    download_signed: 'Download PMS-signed certificate',
  },
  download: {
    original: 'the original certificate',
    signed: 'the PMS-signed certificate',
    done: 'Downloaded {{name}}.',
    expired: 'This certificate has expired. Please upload a valid certificate.',
  },
  upload: {
    title: 'Upload partner certificate',
    title_reupload: 'Re-upload partner certificate',
    last_upload: 'The last certificate was uploaded on {{date}}.',
    drop_label: 'Choose the CA-signed certificate file',
    unreadable:
      'This file is not a certificate PMS can read. Choose a PEM or DER certificate (.pem, .cer, .crt).',
    one_only: 'The file must hold exactly one certificate: the partner certificate.',
    submit: 'Upload',
    failed: 'The certificate was refused',
    success: 'The certificate of partner {{partnerId}} was uploaded.',
  },
  preview: {
    caption: 'What the file holds (read in your browser, not sent yet)',
    subject: 'Subject',
    issuer: 'Issuer',
    valid_from: 'Valid from',
    valid_till: 'Valid until',
    self_signed: 'Self-signed',
  },
};
