// Composition root placeholder; the host is assembled in SlackBotHost as features land.
return 0;
