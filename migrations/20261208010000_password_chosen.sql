-- Whether the user has chosen a password of their own. False for a user an administrator
-- added with a temporary password made by the server, until the user replaces it: the first
-- sign-in then asks the user to choose their own password, while after an administrator's
-- reset of a password the user had chosen the page says it was reset. Existing users keep the
-- reset's wording (true).
--
-- User names: app_user.username is already stored in lower case (its CHECK since
-- 20261201090000), so no stored name needs lowering.
ALTER TABLE app_user ADD COLUMN password_chosen boolean NOT NULL DEFAULT true;
