CREATE TABLE "login_failures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"address" text NOT NULL,
	"username" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"address" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "throttle_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text DEFAULT 'user' NOT NULL,
	"username" text NOT NULL,
	"email" text,
	"first_name" text,
	"last_name" text,
	"phone" text,
	"organisation" text,
	"roles" text[] NOT NULL,
	"locale" text DEFAULT 'eng' NOT NULL,
	"password_hash" text,
	"secret_hash" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"email_verified_at" timestamp with time zone,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"actor_roles" text[] DEFAULT '{}' NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"request_id" text,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "mails" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"lang" text DEFAULT 'eng' NOT NULL,
	"template" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"channel" text NOT NULL,
	"subscription_id" uuid,
	"topic" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"result" text,
	"claim_token" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "outbox_messages__id_key" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "webhook_subscriptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"topics" text[] NOT NULL,
	"secret_encrypted" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"policy_group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"policy_type" text NOT NULL,
	"version" text NOT NULL,
	"document" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"deactivated_at" timestamp with time zone,
	"is_seeded" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies__status_check" CHECK ("policies"."status" in ('draft', 'activated', 'deactivated')),
	CONSTRAINT "policies__policy_type_check" CHECK ("policies"."policy_type" in ('Auth', 'DataShare', 'CredentialIssuance', 'MISP')),
	CONSTRAINT "policies__published_check" CHECK (("policies"."status" = 'draft') = ("policies"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "policy_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_seeded" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"policy_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"version" text NOT NULL,
	"document" jsonb NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "device_sub_types" (
	"code" text NOT NULL,
	"device_type_code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_sub_types__pkey" PRIMARY KEY("code","device_type_code")
);
--> statement-breakpoint
CREATE TABLE "device_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"contact_no" text NOT NULL,
	"email_id" text NOT NULL,
	"address" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_policy_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"policy_id" uuid NOT NULL,
	"request_detail" text NOT NULL,
	"status" text DEFAULT 'InProgress' NOT NULL,
	"decision_comment" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_policy_requests__status_check" CHECK ("partner_policy_requests"."status" in ('InProgress', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "partner_types" (
	"code" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"is_policy_required" boolean NOT NULL,
	"role" text,
	"signup_allowed" boolean DEFAULT true NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"contact_no" text NOT NULL,
	"email_id" text NOT NULL,
	"partner_type_code" text NOT NULL,
	"policy_group_id" uuid,
	"approval_status" text DEFAULT 'InProgress' NOT NULL,
	"is_active" boolean DEFAULT false NOT NULL,
	"lang_code" text DEFAULT 'eng' NOT NULL,
	"logo_url" text,
	"additional_info" jsonb,
	"certificate_alias" text,
	"certificate_uploaded_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners__approval_status_check" CHECK ("partners"."approval_status" in ('InProgress', 'approved')),
	CONSTRAINT "partners__id_check" CHECK ("partners"."id" !~ '\s' and length("partners"."id") between 1 and 36)
);
--> statement-breakpoint
CREATE TABLE "signup_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"address" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signup_challenge_uses" (
	"nonce" text PRIMARY KEY NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"consent_given" boolean DEFAULT false NOT NULL,
	"consent_given_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ca_certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_domain" text NOT NULL,
	"ca_type" text NOT NULL,
	"is_root" boolean NOT NULL,
	"pem" text NOT NULL,
	"subject" text NOT NULL,
	"issuer" text NOT NULL,
	"subject_dn" text NOT NULL,
	"issuer_dn" text NOT NULL,
	"subject_hash" text NOT NULL,
	"issuer_hash" text NOT NULL,
	"serial_number" text NOT NULL,
	"thumbprint_sha256" text NOT NULL,
	"thumbprint_sha1" text NOT NULL,
	"ski" text,
	"aki" text,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"issuer_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revocation_reason" text,
	"expiry_warning_sent_at" timestamp with time zone,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ca_certificates__partner_domain_check" CHECK ("ca_certificates"."partner_domain" in ('AUTH', 'DEVICE', 'FTM')),
	CONSTRAINT "ca_certificates__ca_type_check" CHECK ("ca_certificates"."ca_type" in ('ROOT', 'INTERMEDIATE')),
	CONSTRAINT "ca_certificates__status_check" CHECK ("ca_certificates"."status" in ('active', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "certificate_job_runs" (
	"job" text NOT NULL,
	"run_date" date NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"partner_domain" text NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"original_pem" text NOT NULL,
	"signed_pem" text NOT NULL,
	"subject" text NOT NULL,
	"issuer" text NOT NULL,
	"common_name" text NOT NULL,
	"organisation" text NOT NULL,
	"serial_number" text NOT NULL,
	"thumbprint_sha256" text NOT NULL,
	"thumbprint_sha1" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"signed_serial_number" text NOT NULL,
	"signed_thumbprint_sha256" text NOT NULL,
	"signed_not_before" timestamp with time zone NOT NULL,
	"signed_not_after" timestamp with time zone NOT NULL,
	"ca_certificate_id" uuid,
	"expiry_warning_sent_at" timestamp with time zone,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "partner_certificates__partner_domain_check" CHECK ("partner_certificates"."partner_domain" in ('AUTH', 'DEVICE', 'FTM'))
);
--> statement-breakpoint
CREATE TABLE "pms_ca_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key_algorithm" text NOT NULL,
	"private_key_encrypted" text NOT NULL,
	"certificate_pem" text NOT NULL,
	"subject" text NOT NULL,
	"serial_number" text NOT NULL,
	"thumbprint_sha256" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pms_ca_keys__name_check" CHECK ("pms_ca_keys"."name" in ('root', 'issuing'))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_policy_group_id_policy_groups_id_fk" FOREIGN KEY ("policy_group_id") REFERENCES "public"."policy_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_history" ADD CONSTRAINT "policy_history_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_sub_types" ADD CONSTRAINT "device_sub_types_device_type_code_device_types_code_fk" FOREIGN KEY ("device_type_code") REFERENCES "public"."device_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_contacts" ADD CONSTRAINT "partner_contacts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_policy_requests" ADD CONSTRAINT "partner_policy_requests_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_policy_requests" ADD CONSTRAINT "partner_policy_requests_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_partner_type_code_partner_types_code_fk" FOREIGN KEY ("partner_type_code") REFERENCES "public"."partner_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_policy_group_id_policy_groups_id_fk" FOREIGN KEY ("policy_group_id") REFERENCES "public"."policy_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_consents" ADD CONSTRAINT "user_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ca_certificates" ADD CONSTRAINT "ca_certificates_issuer_id_ca_certificates_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."ca_certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_certificates" ADD CONSTRAINT "partner_certificates_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_certificates" ADD CONSTRAINT "partner_certificates_ca_certificate_id_ca_certificates_id_fk" FOREIGN KEY ("ca_certificate_id") REFERENCES "public"."ca_certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_failures__address_idx" ON "login_failures" USING btree ("address","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions__token_hash_key" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions__user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "throttle_events__scope_key_idx" ON "throttle_events" USING btree ("scope","key","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "user_tokens__token_hash_key" ON "user_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "users__username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE UNIQUE INDEX "users__email_key" ON "users" USING btree (lower("email")) WHERE "users"."email" is not null;--> statement-breakpoint
CREATE INDEX "users__username_trgm_idx" ON "users" USING gin ("username" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users__created_at_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_events__occurred_at_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events__entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events__actor_idx" ON "audit_events" USING btree ("actor_name");--> statement-breakpoint
CREATE INDEX "audit_events__actor_trgm_idx" ON "audit_events" USING gin ("actor_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_events__action_idx" ON "audit_events" USING btree ("action");--> statement-breakpoint
CREATE INDEX "mails__to_idx" ON "mails" USING btree ("to");--> statement-breakpoint
CREATE INDEX "mails__to_trgm_idx" ON "mails" USING gin ("to" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "mails__created_at_idx" ON "mails" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mails__template_idx" ON "mails" USING btree ("template");--> statement-breakpoint
CREATE INDEX "outbox_messages__due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE "outbox_messages"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_messages__pending_entity_idx" ON "outbox_messages" USING btree ("entity_type","entity_id","seq") WHERE "outbox_messages"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_messages__subscription_idx" ON "outbox_messages" USING btree ("subscription_id","seq");--> statement-breakpoint
CREATE INDEX "outbox_messages__status_idx" ON "outbox_messages" USING btree ("status","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "policies__policy_group_id_name_key" ON "policies" USING btree ("policy_group_id",lower("name"));--> statement-breakpoint
CREATE INDEX "policies__policy_group_id_idx" ON "policies" USING btree ("policy_group_id","status");--> statement-breakpoint
CREATE INDEX "policies__status_idx" ON "policies" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "policies__policy_type_idx" ON "policies" USING btree ("policy_type","created_at");--> statement-breakpoint
CREATE INDEX "policies__created_at_idx" ON "policies" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "policies__name_trgm_idx" ON "policies" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "policy_groups__name_key" ON "policy_groups" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "policy_groups__name_trgm_idx" ON "policy_groups" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "policy_groups__created_at_idx" ON "policy_groups" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "policy_history__policy_idx" ON "policy_history" USING btree ("policy_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_contacts__partner_id_email_id_key" ON "partner_contacts" USING btree ("partner_id",lower("email_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "partner_contacts__partner_id_contact_no_key" ON "partner_contacts" USING btree ("partner_id","contact_no");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_policy_requests__partner_id_policy_id_key" ON "partner_policy_requests" USING btree ("partner_id","policy_id") WHERE "partner_policy_requests"."status" in ('InProgress', 'approved');--> statement-breakpoint
CREATE INDEX "partner_policy_requests__partner_id_idx" ON "partner_policy_requests" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "partner_policy_requests__policy_id_idx" ON "partner_policy_requests" USING btree ("policy_id");--> statement-breakpoint
CREATE INDEX "partner_policy_requests__status_idx" ON "partner_policy_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partners__id_lower_key" ON "partners" USING btree (lower("id"));--> statement-breakpoint
CREATE UNIQUE INDEX "partners__email_id_key" ON "partners" USING btree (lower("email_id"));--> statement-breakpoint
CREATE INDEX "partners__user_id_idx" ON "partners" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "partners__partner_type_code_idx" ON "partners" USING btree ("partner_type_code");--> statement-breakpoint
CREATE INDEX "partners__policy_group_id_idx" ON "partners" USING btree ("policy_group_id");--> statement-breakpoint
CREATE INDEX "partners__created_at_idx" ON "partners" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "partners__is_active_created_at_idx" ON "partners" USING btree ("is_active","created_at");--> statement-breakpoint
CREATE INDEX "partners__name_trgm_idx" ON "partners" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners__id_trgm_idx" ON "partners" USING gin ("id" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners__email_id_trgm_idx" ON "partners" USING gin ("email_id" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "signup_attempts__address_idx" ON "signup_attempts" USING btree ("address","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "user_consents__user_id_key" ON "user_consents" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ca_certificates__thumbprint_sha256_partner_domain_key" ON "ca_certificates" USING btree ("thumbprint_sha256","partner_domain");--> statement-breakpoint
CREATE INDEX "ca_certificates__partner_domain_subject_hash_idx" ON "ca_certificates" USING btree ("partner_domain","subject_hash");--> statement-breakpoint
CREATE INDEX "ca_certificates__partner_domain_ski_idx" ON "ca_certificates" USING btree ("partner_domain","ski");--> statement-breakpoint
CREATE INDEX "ca_certificates__partner_domain_subject_dn_idx" ON "ca_certificates" USING btree ("partner_domain",lower("subject_dn"));--> statement-breakpoint
CREATE INDEX "ca_certificates__uploaded_at_idx" ON "ca_certificates" USING btree ("uploaded_at");--> statement-breakpoint
CREATE INDEX "ca_certificates__not_after_idx" ON "ca_certificates" USING btree ("not_after");--> statement-breakpoint
CREATE INDEX "ca_certificates__subject_trgm_idx" ON "ca_certificates" USING gin ("subject" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ca_certificates__issuer_trgm_idx" ON "ca_certificates" USING gin ("issuer" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_job_runs__job_run_date_key" ON "certificate_job_runs" USING btree ("job","run_date");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_certificates__partner_id_current_key" ON "partner_certificates" USING btree ("partner_id") WHERE "partner_certificates"."is_current";--> statement-breakpoint
CREATE INDEX "partner_certificates__partner_id_idx" ON "partner_certificates" USING btree ("partner_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "partner_certificates__signed_not_after_idx" ON "partner_certificates" USING btree ("signed_not_after") WHERE "partner_certificates"."is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "pms_ca_keys__name_key" ON "pms_ca_keys" USING btree ("name");