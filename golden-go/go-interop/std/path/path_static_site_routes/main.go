package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"path"
	"strings"
)

func resolve(root, request string) lisette.Result[string, string] {
	clean := path.Clean("/" + request)
	if strings.Contains(clean, "..") {
		return lisette.MakeResultErr[string, string](fmt.Sprintf("refused %v", request))
	}
	file := path.Join(root, clean)
	if len(path.Ext(file)) == 0 {
		file = path.Join(file, "index.html")
	}
	return lisette.MakeResultOk[string, string](file)
}

func main() {
	for _, req := range []string{"/", "/blog/", "blog/post-1.html", "/a/../../etc/passwd", "//img//logo.png", "/docs/./api"} {
		subject := resolve("/srv/site", req)
		if subject.Tag == lisette.ResultOk {
			f := subject.OkVal
			fmt.Println(req, "=>", f)
		} else {
			msg := subject.ErrVal
			fmt.Println(msg)
		}
	}
}
