# MLflow "models from code" entry point: MLflow stores this file with the model and runs it
# at load time. It only names the class; the class comes from the installed package, and
# the trained classifier and the policy come from the model's artifacts (see pyfunc.py).
from mlflow.models import set_model

from training.pyfunc import TriageDecisionModel

set_model(TriageDecisionModel())
