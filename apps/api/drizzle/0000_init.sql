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
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_policy_group_id_policy_groups_id_fk" FOREIGN KEY ("policy_group_id") REFERENCES "public"."policy_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_history" ADD CONSTRAINT "policy_history_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_failures__address_idx" ON "login_failures" USING btree ("address","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions__token_hash_key" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions__user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_tokens__token_hash_key" ON "user_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "users__username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE UNIQUE INDEX "users__email_key" ON "users" USING btree (lower("email")) WHERE "users"."email" is not null;--> statement-breakpoint
CREATE INDEX "users__username_trgm_idx" ON "users" USING gin ("username" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users__created_at_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_events__occurred_at_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events__entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events__actor_idx" ON "audit_events" USING btree ("actor_name");--> statement-breakpoint
CREATE INDEX "audit_events__action_idx" ON "audit_events" USING btree ("action");--> statement-breakpoint
CREATE INDEX "mails__to_idx" ON "mails" USING btree ("to");--> statement-breakpoint
CREATE INDEX "mails__created_at_idx" ON "mails" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages__due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE "outbox_messages"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_messages__entity_idx" ON "outbox_messages" USING btree ("channel","subscription_id","entity_type","entity_id","seq");--> statement-breakpoint
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
CREATE INDEX "policy_history__policy_idx" ON "policy_history" USING btree ("policy_id","changed_at");