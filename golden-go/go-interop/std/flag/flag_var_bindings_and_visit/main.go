package main

import (
	"flag"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Options struct {
	workers int
	name    string
	ratio   float64
}

func (v Options) String() string {
	return "Options { workers: " + lisette.FormatValue(v.workers) + ", name: " + lisette.FormatValue(v.name) + ", ratio: " + lisette.FormatValue(v.ratio) + " }"
}

func main() {
	opts := Options{workers: 0, name: "", ratio: 0.0}
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.IntVar(&opts.workers, "workers", 4, "worker count")
	fs.StringVar(&opts.name, "name", "job", "job name")
	fs.Float64Var(&opts.ratio, "ratio", 0.5, "sample ratio")
	fmt.Println("defaults:", opts)
	subject := lisette.ResultOfErr(fs.Parse([]string{"-workers=8", "-ratio", "0.25"}))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("parsed:", opts)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Printf("  -%v default=%v usage=%v\n", f.Name, f.DefValue, f.Usage)
	})
	changed := []string{}
	fs.Visit(func(f *flag.Flag) {
		changed = append(changed, f.Name)
	})
	fmt.Println("changed:", changed)
	subject2 := lisette.OptionNilable(fs.Lookup("name"))
	if subject2.Tag == lisette.OptionSome {
		f := subject2.SomeVal
		fmt.Println("lookup name default:", f.DefValue)
	} else {
		fmt.Println("no flag")
	}
	fmt.Println("lookup missing:", lisette.OptionNilable(fs.Lookup("missing")).IsNone())
}
