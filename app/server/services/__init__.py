"""What the server does (enroll, push, pull, admin), apart from HTTP and argparse."""
