package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"regexp"
	"strings"
)

type Route struct {
	name string
	re   *regexp.Regexp
}

func (v Route) String() string {
	return "Route { name: " + lisette.FormatValue(v.name) + ", re: " + lisette.FormatValue(v.re) + " }"
}

func compile(name, pattern string) lisette.Result[Route, error] {
	res := lisette.ResultOfPtr(regexp.Compile("^" + pattern + "$"))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[Route, error](res.ErrVal)
	}
	re := res.OkVal
	return lisette.MakeResultOk[Route, error](Route{name: name, re: re})
}

func dispatch(routes []Route, path string) string {
	for _, r := range routes {
		m := r.re.FindStringSubmatch(path)
		if len(m) == 0 {
			continue
		}
		params := []string{}
		for i, group := range r.re.SubexpNames() {
			if !(len(group) == 0) {
				params = append(params, group+"="+m[i])
			}
		}
		return r.name + "(" + strings.Join(params, ", ") + ")"
	}
	return "not found"
}

func main() {
	specs := []lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "user", Second: "/users/(?P<id>[0-9]+)"}, lisette.Tuple2[string, string]{First: "post", Second: "/users/(?P<id>[0-9]+)/posts/(?P<slug>[a-z-]+)"}, lisette.Tuple2[string, string]{First: "broken", Second: "/x/(?P<oops"}, lisette.Tuple2[string, string]{First: "home", Second: "/"}}
	routes := []Route{}
	for _, item := range specs {
		name := item.First
		pattern := item.Second
		subject := compile(name, pattern)
		if subject.Tag == lisette.ResultOk {
			r := subject.OkVal
			routes = append(routes, r)
		} else {
			e := subject.ErrVal
			fmt.Println("skip", name, "-", e)
		}
	}
	for _, path := range []string{"/", "/users/42", "/users/7/posts/hello-world", "/users/x", "/users/7/posts/"} {
		fmt.Println(path, "->", dispatch(routes, path))
	}
}
