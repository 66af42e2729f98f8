package main

import (
	"flag"
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func main() {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	port := fs.Int("port", 8080, "port to listen on")
	host := fs.String("host", "localhost", "bind address")
	verbose := fs.Bool("v", false, "verbose logging")
	timeout := fs.Duration("timeout", time.Second*30, "request timeout")
	args := []string{"-port", "9000", "-v", "--timeout=1m30s", "serve", "./public"}
	subject := lisette.ResultOfErr(fs.Parse(args))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("host:", *host, "port:", *port)
		fmt.Println("verbose:", *verbose, "timeout:", *timeout)
		fmt.Println("rest:", fs.Args(), "count:", fs.NArg(), "first:", fs.Arg(0))
		fmt.Println("flags set:", fs.NFlag(), "parsed:", fs.Parsed())
	} else {
		e := subject.ErrVal
		fmt.Println("parse error:", e)
	}
}
