#!/usr/bin/perl
# gen-imports.pl OUT N [FROM] - a valid module with N function imports
# "m"."fNNNNNNN" (numbers FROM .. FROM+N-1, 7 digits) and an exported
# memory of 1 page with a maximum, written per the binary format spec.
# Used by the SARIF memory and baseline tests and by bench/: wat2wasm needs
# far more time and memory for a million imports than this does.
use strict;
use warnings;

my ($out, $n, $from) = @ARGV;
die "usage: gen-imports.pl OUT N [FROM]\n" unless defined $n && $n =~ /^\d+$/;
$from //= 0;

sub leb { my $v = shift; my $s = ''; do { my $b = $v & 0x7f; $v >>= 7; $b |= 0x80 if $v; $s .= chr($b); } while ($v); $s }
sub section { my ($id, $body) = @_; chr($id) . leb(length $body) . $body }

my $imports = leb($n);
$imports .= "\x01m\x08" . sprintf("f%07d", $from + $_) . "\x00\x00" for 0 .. $n - 1;
open(my $fh, '>:raw', $out) or die "$out: $!\n";
print $fh "\0asm\x01\0\0\0",
	section(1, "\x01\x60\x00\x00"),
	section(2, $imports),
	section(5, "\x01\x01\x01\x01"),
	section(7, "\x01\x06memory\x02\x00");
close($fh) or die "$out: $!\n";
