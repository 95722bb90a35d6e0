"""The operator's tool: the command line, the files rendered from the registry for every target,
the checks, scaffolding and adoption, and the fleet as processes on one machine. Not in any image
(the images carry the runtime: the rest of the dashfleet package)."""
