package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"regexp"
	"strconv"
)

type Hit struct {
	method string
	path   string
	status int
}

func (v Hit) String() string {
	return "Hit { method: " + lisette.FormatValue(v.method) + ", path: " + lisette.FormatValue(v.path) + ", status: " + lisette.FormatValue(v.status) + " }"
}

func parse(re *regexp.Regexp, line string) lisette.Option[Hit] {
	m := re.FindStringSubmatch(line)
	if len(m) == 0 {
		return lisette.MakeOptionNone[Hit]()
	}
	status := lisette.ResultOf(strconv.Atoi(m[re.SubexpIndex("status")])).UnwrapOr(0)
	return lisette.MakeOptionSome[Hit](Hit{method: m[re.SubexpIndex("method")], path: m[re.SubexpIndex("path")], status: status})
}

func main() {
	re := regexp.MustCompile("^(?P<ip>[0-9.]+) \"(?P<method>[A-Z]+) (?P<path>\\S+)\" (?P<status>\\d{3})$")
	fmt.Println(re.NumSubexp(), re.SubexpNames())
	lines := []string{"10.0.0.1 \"GET /index.html\" 200", "10.0.0.2 \"POST /login\" 302", "garbage line", "10.0.0.1 \"GET /missing\" 404"}
	errors := 0
	for _, line := range lines {
		subject := parse(re, line)
		if subject.Tag == lisette.OptionSome {
			h := subject.SomeVal
			fmt.Println(h)
			if h.status >= 400 {
				errors += 1
			}
		} else {
			fmt.Println("skipped:", line)
		}
	}
	fmt.Println("client errors:", errors)
}
