"""What every room uses: errors users can fix, progress and cancellation, where files live,
and Vietnamese text helpers. Imports nothing of the rest of the program."""
