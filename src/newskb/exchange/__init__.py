"""Write stage, for the tools newskb's users already run: FollowTheMoney and PLOVER records."""
